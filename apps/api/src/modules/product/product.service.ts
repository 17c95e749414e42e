import { DataSource, EntityManager } from 'typeorm';
import { isServiceCategoryCode } from '@hebei/domain';
import { Actor, AuthUser } from '../../common/context';
import { Clock } from '../../common/clock';
import { RegistryStatus } from '../../common/enums';
import { compareAndSet } from '../../common/compare-and-set';
import { AppError, badInput, conflict, FieldError, notFound } from '../../common/errors';
import { Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { ServiceBooking } from '../booking/booking.entity';
import { Institution } from '../institution/institution.entity';
import { ProductNature, ServiceProduct } from './product.entity';
import {
  institutionNotAdmitted,
  MAX_PRODUCTS_PER_INSTITUTION,
  productHasBookings,
  ProductErrorCode as Code,
  ProductMessages as Msg,
} from './product.errors';
import { ServiceProductInput } from './product.inputs';
import { RegistryIndex } from '../browse/registry-index';

/** The acting institution user's own institution, which must be admitted to maintain its public offer. */
export async function requireAdmittedInstitution(em: EntityManager, user: AuthUser): Promise<Institution> {
  const institution = user.institutionId ? await em.findOne(Institution, { where: { id: user.institutionId } }) : null;
  if (!institution) throw new AppError('FORBIDDEN', '当前账户未绑定服务机构');
  if (institution.registryStatus !== RegistryStatus.ADMITTED) throw institutionNotAdmitted();
  return institution;
}

const trimOrNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);

export class ProductService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The institution's own products, published or not, newest first. */
  async listMine(user: AuthUser, first?: number, after?: string): Promise<Connection<ServiceProduct>> {
    const size = pageSize(first);
    const qb = this.db
      .getRepository(ServiceProduct)
      .createQueryBuilder('p')
      .where('p.institutionId = :own', { own: user.institutionId ?? -1 });
    const totalCount = await qb.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor !== undefined) qb.andWhere('p.id < :cursor', { cursor });
    const rows = await qb
      .orderBy('p.id', 'DESC')
      .take(size + 1)
      .getMany();
    return toConnection(rows, size, totalCount);
  }

  /** Another institution's product answers exactly like a missing one. */
  async getMine(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<ServiceProduct> {
    const row = await em.findOne(ServiceProduct, { where: { id, institutionId: user.institutionId ?? -1 } });
    if (!row) throw notFound('服务产品');
    return row;
  }

  /** A published product of an admitted institution; anything else is "not found" for the public. */
  async getPublic(id: number): Promise<ServiceProduct> {
    const row = await this.db
      .getRepository(ServiceProduct)
      .createQueryBuilder('p')
      .innerJoin(Institution, 'i', 'i.id = p.institutionId')
      .where('p.id = :id', { id })
      .andWhere('p.published = :published', { published: true })
      .andWhere('i.registryStatus = :admitted', { admitted: RegistryStatus.ADMITTED })
      .getOne();
    if (!row) throw notFound('服务产品');
    return row;
  }

  async create(user: AuthUser, input: ServiceProductInput, actor: Actor): Promise<ServiceProduct> {
    const values = this.validate(input);
    return this.db.transaction(async (em) => {
      const institution = await requireAdmittedInstitution(em, user);
      if ((await em.count(ServiceProduct, { where: { institutionId: institution.id } })) >= MAX_PRODUCTS_PER_INSTITUTION) {
        throw new AppError(Code.PRODUCT_LIMIT_REACHED, Msg.PRODUCT_LIMIT_REACHED);
      }
      const published = input.published ?? false;
      const product = em.create(ServiceProduct, {
        ...values,
        institutionId: institution.id,
        published,
        publishedAt: published ? this.clock.now() : null,
      });
      await em.save(product);
      if (published) await RegistryIndex.refresh(em, [institution.id]);
      await this.audit.record(em, actor, {
        action: 'CREATE_SERVICE_PRODUCT',
        entityType: 'ServiceProduct',
        entityId: product.id,
        after: product,
      });
      return product;
    });
  }

  async update(user: AuthUser, id: number, input: ServiceProductInput, actor: Actor): Promise<ServiceProduct> {
    const values = this.validate(input);
    return this.db.transaction(async (em) => {
      const before = await this.getMine(user, id, em);
      await requireAdmittedInstitution(em, user);
      const published = input.published ?? before.published;
      const changes: Partial<ServiceProduct> = {
        ...values,
        published,
        publishedAt: published && !before.published ? this.clock.now() : before.publishedAt,
      };
      const after = await compareAndSet(em, ServiceProduct, { ...before }, changes);
      if (before.published || after.published) await RegistryIndex.refresh(em, [before.institutionId]);
      await this.audit.record(em, actor, { action: 'UPDATE_SERVICE_PRODUCT', entityType: 'ServiceProduct', entityId: id, before, after });
      return after;
    });
  }

  async setPublished(user: AuthUser, id: number, published: boolean, actor: Actor): Promise<ServiceProduct> {
    return this.db.transaction(async (em) => {
      const before = await this.getMine(user, id, em);
      await requireAdmittedInstitution(em, user);
      if (before.published === published) return before;
      const changes: Partial<ServiceProduct> = {
        published,
        publishedAt: published ? this.clock.now() : before.publishedAt,
      };
      const after = await compareAndSet(em, ServiceProduct, { ...before }, changes);
      await RegistryIndex.refresh(em, [before.institutionId]);
      await this.audit.record(em, actor, {
        action: published ? 'PUBLISH_SERVICE_PRODUCT' : 'UNPUBLISH_SERVICE_PRODUCT',
        entityType: 'ServiceProduct',
        entityId: id,
        before: { published: before.published },
        after: { published },
      });
      return after;
    });
  }

  async remove(user: AuthUser, id: number, actor: Actor): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const before = await this.getMine(user, id, em);
      await requireAdmittedInstitution(em, user);
      if (await em.exists(ServiceBooking, { where: { productId: id } })) throw productHasBookings();
      const deleted = await em.delete(ServiceProduct, { id, version: before.version });
      if (!deleted.affected) throw conflict();
      if (before.published) await RegistryIndex.refresh(em, [before.institutionId]);
      await this.audit.record(em, actor, { action: 'DELETE_SERVICE_PRODUCT', entityType: 'ServiceProduct', entityId: id, before });
      return true;
    });
  }

  private validate(input: ServiceProductInput) {
    const errors: FieldError[] = [];
    if (!isServiceCategoryCode(input.categoryCode)) {
      errors.push({ field: 'categoryCode', code: Code.CATEGORY_UNKNOWN, message: Msg.CATEGORY_UNKNOWN(input.categoryCode) });
    }
    const priceNote = trimOrNull(input.priceNote);
    if (input.nature === ProductNature.PAID && !priceNote) {
      errors.push({ field: 'priceNote', code: Code.PRICE_NOTE_REQUIRED, message: Msg.PRICE_NOTE_REQUIRED });
    }
    const name = input.name.trim();
    if (name.length < 2) errors.push({ field: 'name', code: 'REQUIRED', message: '产品名称应为2–100个字' });
    if (errors.length) throw badInput(errors);
    return { name, categoryCode: input.categoryCode, nature: input.nature, content: input.content.trim(), priceNote };
  }
}
