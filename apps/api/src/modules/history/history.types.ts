import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum InstitutionHistoryKind {
  ADMITTED = 'ADMITTED',
  READMITTED = 'READMITTED',
  REPORT_ON_TIME = 'REPORT_ON_TIME',
  REPORT_LATE = 'REPORT_LATE',
  REPORT_MISSED = 'REPORT_MISSED',
  COMPLIANCE_NOTICE = 'COMPLIANCE_NOTICE',
  CHANGE_REPORTED = 'CHANGE_REPORTED',
  CHANGE_VERIFIED = 'CHANGE_VERIFIED',
  CHANGE_REJECTED = 'CHANGE_REJECTED',
  REMOVAL_CASE_OPENED = 'REMOVAL_CASE_OPENED',
  REMOVAL_DECIDED = 'REMOVAL_DECIDED',
  REMOVAL_WITHDRAWN = 'REMOVAL_WITHDRAWN',
  REMOVED = 'REMOVED',
}
registerEnumType(InstitutionHistoryKind, { name: 'InstitutionHistoryKind', description: '机构动态记录类型' });

@ObjectType({ description: '机构动态记录（入库、填报、通报、变化、移出、再次入库）', simpleResolvers: true })
export class InstitutionHistoryEntry {
  @Field({ description: '日期（北京时间）' }) date: string;
  @Field(() => InstitutionHistoryKind) kind: InstitutionHistoryKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => String, { nullable: true, description: '相关对象类型' }) subjectType: string | null;
  @Field(() => ID, { nullable: true }) subjectId: number | null;
}
