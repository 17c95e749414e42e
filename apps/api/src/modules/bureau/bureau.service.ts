import { DataSource, QueryFailedError } from 'typeorm';
import { Clock } from '../../common/clock';
import { compareAndSet } from '../../common/compare-and-set';
import { Actor, Scope } from '../../common/context';
import { DivisionLevel, Role } from '../../common/enums';
import { AppError, conflict, notFound } from '../../common/errors';
import { Connection, pageSize } from '../../common/pagination';
import { applyScope } from '../../common/scope';
import { AccountService } from '../account/account.service';
import { ManagedAccount } from '../account/account.types';
import { AuditService } from '../audit/audit.service';
import { USER_ACCOUNT_ROWS, UserAccount } from '../auth/user.entity';
import { Division } from '../division/division.entity';
import { DivisionService } from '../division/division.service';
import { BUREAU_CONTACT_ROWS, BureauContact } from './bureau-contact.entity';
import { bureauError, BureauErrorCode } from './bureau.errors';
import { BureauContactInput, BureauFilter } from './bureau.inputs';
import { Bureau } from './bureau.types';

const CURSOR_PREFIX = 'bureau:';
const encodeBureauCursor = (code: string) => Buffer.from(`${CURSOR_PREFIX}${code}`, 'utf8').toString('base64url');
const invalidCursor = () =>
  new AppError('BAD_USER_INPUT', '分页游标无效', { fields: [{ field: 'after', code: 'INVALID_CURSOR', message: '分页游标无效' }] });

function decodeBureauCursor(cursor: string): string {
  const text = cursor.length <= 40 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^bureau:(\d{6})$/.exec(text);
  if (!m) throw invalidCursor();
  return m[1];
}

const isDuplicate = (e: unknown) =>
  e instanceof QueryFailedError && /ER_DUP_ENTRY|UNIQUE constraint failed|Duplicate entry/i.test(e.message);

/**
 * 主管部门名录 (issue #12 item 1): every city-level and county-level bureau of the division data, grouped by city,
 * with its officer accounts and its contact. The divisions are in memory (DivisionService), so the directory pages
 * them in memory; accounts and contacts of a page are two statements, scoped like every other read.
 */
export class BureauService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly divisions: DivisionService,
    private readonly accounts: AccountService,
  ) {}

  /** The bureaus the scope may see, in directory order: city by city, the city's own bureau first, then its counties by code. */
  private visible(scope: Scope): Division[] {
    const inScope =
      scope.kind === 'ALL' ? () => true : scope.kind === 'DIVISIONS' ? (code: string) => scope.codes.includes(code) : () => false;
    const cityCode = (d: Division) => this.cityOf(d).code;
    return this.divisions
      .list()
      .filter((d) => (d.level === DivisionLevel.CITY || d.level === DivisionLevel.COUNTY) && inScope(d.code))
      .sort((a, b) => {
        const ca = cityCode(a);
        const cb = cityCode(b);
        if (ca !== cb) return ca < cb ? -1 : 1;
        const ra = a.code === ca ? 0 : 1;
        const rb = b.code === cb ? 0 : 1;
        return ra !== rb ? ra - rb : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
      });
  }

  /** The city-level unit a bureau belongs to: a city-level bureau is its own city. */
  private cityOf(d: Division): Division {
    return d.level === DivisionLevel.CITY ? d : (this.divisions.cityOf(d.code) ?? d);
  }

  private fullName(d: Division): string {
    const city = this.cityOf(d);
    return city.code === d.code ? d.name : `${city.name}${d.name}`;
  }

  /** Account counts per division over the scope's officer accounts (one GROUP BY). */
  private async accountCounts(scope: Scope, codes: string[]): Promise<Map<string, number>> {
    if (!codes.length) return new Map();
    const rows: { code: string; n: string | number }[] = await applyScope(
      this.db.getRepository(UserAccount).createQueryBuilder('u'),
      'u',
      scope,
      USER_ACCOUNT_ROWS,
    )
      .andWhere('u.divisionCode IN (:...countCodes)', { countCodes: codes })
      .select('u.divisionCode', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('u.divisionCode')
      .getRawMany();
    return new Map(rows.map((r) => [r.code, Number(r.n)]));
  }

  private async filtered(scope: Scope, filter: BureauFilter): Promise<Division[]> {
    const text = filter.text?.trim();
    let rows = this.visible(scope).filter(
      (d) =>
        (!filter.cityCode || this.cityOf(d).code === filter.cityCode) &&
        (!filter.level || d.level === filter.level) &&
        (!text || this.fullName(d).includes(text)),
    );
    if (filter.hasAccounts !== undefined && filter.hasAccounts !== null) {
      const counts = await this.accountCounts(
        scope,
        rows.map((d) => d.code),
      );
      rows = rows.filter((d) => (counts.get(d.code) ?? 0) > 0 === filter.hasAccounts);
    }
    return rows;
  }

  /** The page's bureaus with their accounts and contacts: two statements whatever the page size. */
  private async withDetails(actor: Actor, scope: Scope, page: Division[]): Promise<Bureau[]> {
    const codes = page.map((d) => d.code);
    const [accounts, contacts] = codes.length
      ? await Promise.all([
          applyScope(this.db.getRepository(UserAccount).createQueryBuilder('u'), 'u', scope, USER_ACCOUNT_ROWS)
            .andWhere('u.divisionCode IN (:...pageCodes)', { pageCodes: codes })
            .orderBy('u.id', 'ASC')
            .getMany(),
          applyScope(this.db.getRepository(BureauContact).createQueryBuilder('c'), 'c', scope, BUREAU_CONTACT_ROWS)
            .andWhere('c.divisionCode IN (:...contactCodes)', { contactCodes: codes })
            .getMany(),
        ])
      : [[], []];
    const byCode = new Map<string, ManagedAccount[]>();
    for (const u of accounts) byCode.set(u.divisionCode!, [...(byCode.get(u.divisionCode!) ?? []), this.accounts.toManaged(u)]);
    const contactOf = new Map(contacts.map((c) => [c.divisionCode, c]));
    return page.map((d) => {
      const own = byCode.get(d.code) ?? [];
      return {
        code: d.code,
        name: d.name,
        fullName: this.fullName(d),
        level: d.level,
        city: this.cityOf(d),
        accountCount: own.length,
        accounts: own,
        contact: contactOf.get(d.code) ?? null,
        canEditContact: this.mayEdit(actor, d.code),
      };
    });
  }

  private mayEdit(actor: Actor, code: string): boolean {
    return actor.user?.role === Role.PROVINCE || (!!actor.user?.divisionCode && actor.user.divisionCode === code);
  }

  async list(actor: Actor, scope: Scope, filter: BureauFilter, first?: number, after?: string): Promise<Connection<Bureau>> {
    const size = pageSize(first);
    const rows = await this.filtered(scope, filter);
    let start = 0;
    if (after) {
      const code = decodeBureauCursor(after);
      const at = rows.findIndex((d) => d.code === code);
      // A cursor of a bureau outside this filtered list (or scope) answers like a malformed one.
      if (at < 0) throw invalidCursor();
      start = at + 1;
    }
    const page = rows.slice(start, start + size);
    const nodes = await this.withDetails(actor, scope, page);
    return {
      totalCount: rows.length,
      edges: nodes.map((node) => ({ cursor: encodeBureauCursor(node.code), node })),
      pageInfo: { hasNextPage: start + size < rows.length, endCursor: page.length ? encodeBureauCursor(page[page.length - 1].code) : null },
    };
  }

  /** The export: the whole filtered directory, in chunks of 200 (the province has fewer than 200 bureaus). */
  async count(scope: Scope, filter: BureauFilter): Promise<number> {
    return (await this.filtered(scope, filter)).length;
  }

  async *allChunks(actor: Actor, scope: Scope, filter: BureauFilter): AsyncGenerator<Bureau[]> {
    const rows = await this.filtered(scope, filter);
    for (let i = 0; i < rows.length; i += 200) yield this.withDetails(actor, scope, rows.slice(i, i + 200));
  }

  /**
   * 修改联系方式: the bureau's own officers or PROVINCE; out of scope answers like a missing bureau. The first edit
   * inserts the record (expectedVersion 0; of two first edits the unique division wins one), later ones compare-and-set.
   */
  async updateContact(actor: Actor, scope: Scope, input: BureauContactInput): Promise<BureauContact> {
    const bureau = this.visible(scope).find((d) => d.code === input.divisionCode);
    if (!bureau) throw notFound('主管部门');
    if (!this.mayEdit(actor, bureau.code)) throw bureauError(BureauErrorCode.NOT_OWN_BUREAU);
    const patch = {
      contactPerson: input.contactPerson.trim(),
      contactPhone: input.contactPhone.trim(),
      address: input.address.trim(),
      updatedAt: this.clock.now(),
    };
    return this.db
      .transaction(async (em) => {
        const row = await applyScope(em.getRepository(BureauContact).createQueryBuilder('c'), 'c', scope, BUREAU_CONTACT_ROWS)
          .andWhere('c.divisionCode = :code', { code: bureau.code })
          .getOne();
        const before = row ? { contactPerson: row.contactPerson, contactPhone: row.contactPhone, address: row.address } : null;
        let saved: BureauContact;
        if (!row) {
          if (input.expectedVersion !== 0) throw conflict();
          const created = em.getRepository(BureauContact).create({ divisionCode: bureau.code, ...patch, version: 1 });
          const inserted = await em.insert(BureauContact, created);
          created.id = Number(inserted.identifiers[0].id);
          saved = created;
        } else {
          saved = await compareAndSet(em, BureauContact, Object.assign(row, { version: input.expectedVersion }), patch);
        }
        await this.audit.record(em, actor, {
          action: 'UPDATE_BUREAU_CONTACT',
          entityType: 'BureauContact',
          entityId: saved.id,
          before: before ?? undefined,
          after: {
            divisionCode: bureau.code,
            contactPerson: patch.contactPerson,
            contactPhone: patch.contactPhone,
            address: patch.address,
          },
        });
        return saved;
      })
      .catch((e: unknown) => {
        if (isDuplicate(e)) throw conflict();
        throw e;
      });
  }
}
