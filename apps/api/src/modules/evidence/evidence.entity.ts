import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ScopeRule } from '../../common/scope';

export enum EvidenceOwner {
  CHANGE_REPORT = 'CHANGE_REPORT',
  REMOVAL_CASE = 'REMOVAL_CASE',
}

/**
 * An evidence file (change reports, removal cases) in the attachment store (content-addressed by SHA-256). Uploaded
 * first, then claimed by the report or case that cites it; until then only its uploader may use it.
 */
@ObjectType({ description: '证明材料', simpleResolvers: true })
@Entity('evidence_file')
@Index(['ownerType', 'ownerId'])
@Index(['uploadedById', 'id'])
export class EvidenceFile {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20, nullable: true }) ownerType: EvidenceOwner | null;
  @Column({ type: 'int', nullable: true }) ownerId: number | null;
  /** The institution the evidence is about, once claimed (or the uploading institution). */
  @Column({ type: 'int', nullable: true }) institutionId: number | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) divisionCode: string | null;
  @Field() @Column({ type: 'varchar', length: 200 }) fileName: string;
  @Field() @Column({ type: 'varchar', length: 100 }) mimeType: string;
  @Field(() => Int) @Column({ type: 'int' }) size: number;
  @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Column({ type: 'int' }) uploadedById: number;
  @Field() @Column({ type: 'datetime' }) uploadedAt: Date;
}

/** Officers of the place and the institution concerned; unclaimed files only their uploader (checked by the service). */
export const EVIDENCE_ROWS: ScopeRule = { place: 'divisionCode', institution: 'institutionId' };
