import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonalData } from '../../common/personal-data';
import { ScopeRule } from '../../common/scope';

/** 主管部门名录: one bureau's contact (联系人/电话/地址), kept by its own officers or the province. */
@ObjectType({ description: '主管部门联系方式' })
@Entity('bureau_contact')
export class BureauContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  /** The bureau's division (a city-level or county-level unit); one record per bureau. */
  @Field({ description: '主管部门所在区划代码' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 6 })
  divisionCode: string;

  @Field({ description: '联系人' })
  @Column({ type: 'varchar', length: 50 })
  contactPerson: string;

  @Field({ description: '联系电话' })
  @PersonalData('phone')
  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Field({ description: '地址' })
  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Field({ description: '最近修改时间' })
  @Column({ type: 'datetime' })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号（并发修改检查）' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A bureau's contact belongs to its place: PROVINCE sees all, a CITY its own and its counties', a COUNTY its own. */
export const BUREAU_CONTACT_ROWS: ScopeRule = { place: 'divisionCode' };
