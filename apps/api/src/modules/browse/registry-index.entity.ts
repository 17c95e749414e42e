import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The public registry's read model (issue #13), written only by `RegistryIndex.refresh` in the transaction that
 * changes the data: one row per admitted institution with what the facets group by.
 */
@Entity('registry_entry')
@Index(['divisionCode', 'nature', 'categories'])
@Index(['nature', 'institutionId', 'divisionCode'])
export class RegistryEntry {
  @PrimaryColumn({ type: 'int' })
  institutionId: number;

  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  /** Service nature, '' when not set (a key column: NULL would not be unique). */
  @Column({ type: 'varchar', length: 20, default: '' })
  nature: string;

  /** Main category codes in the institution's order, comma-separated. */
  @Column({ type: 'varchar', length: 300, default: '' })
  categories: string;

  /**
   * The name and every published product name, joined by SEARCH_TEXT_SEPARATOR: a keyword of three or more
   * characters is confirmed with one `LIKE` on this row instead of the institution's and its products' rows.
   */
  @Column({ type: 'text', nullable: true })
  searchText: string | null;
}

/** Admitted institutions per place × nature × set of main categories (codes sorted, comma-separated). */
@Entity('registry_facet')
export class RegistryFacetCell {
  /** A county's code, a city roll-up (CITY_CELL_PREFIX + the city's code) or the province (PROVINCE_CELL). */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  divisionCode: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  nature: string;

  @PrimaryColumn({ type: 'varchar', length: 300 })
  categories: string;

  @Column({ type: 'int', default: 0 })
  n: number;
}

/**
 * The bigram index of admitted institutions' names and published product names (searchGrams in @hebei/domain).
 * Keyed by institution and position so that grams the collation holds equal never collide. Each row also carries
 * its institution's facet key (the registry_entry columns): totals and facets of a two-character keyword are one
 * index-only GROUP BY over that bigram's rows of (gram, nature, categories, divisionCode, institutionId), and the page
 * walks (gram, institutionId, divisionCode, nature) in id order, filtering place and nature in the index (ADR 0023).
 */
@Entity('search_gram')
@Index(['gram', 'institutionId', 'divisionCode', 'nature'])
@Index(['gram', 'nature', 'categories', 'divisionCode', 'institutionId'])
export class SearchGram {
  @PrimaryColumn({ type: 'int' })
  institutionId: number;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 2 })
  gram: string;

  /** registry_entry.divisionCode of the institution. */
  @Column({ type: 'varchar', length: 6, default: '' })
  divisionCode: string;

  /** registry_entry.nature of the institution ('' when not set). */
  @Column({ type: 'varchar', length: 20, default: '' })
  nature: string;

  /** registry_entry.categories of the institution (main category codes in its order, comma-separated). */
  @Column({ type: 'varchar', length: 300, default: '' })
  categories: string;
}
