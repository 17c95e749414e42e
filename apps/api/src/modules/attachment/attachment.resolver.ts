import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ATTACHMENT_SLOT_NAMES, REQUIRED_ATTACHMENT_SLOTS } from '@hebei/domain';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { AttachmentService } from './attachment.service';
import { toId } from '../../common/ids';

@ObjectType({ description: '申请材料槽位（第七条 / 附件2 目录）' })
class AttachmentSlot {
  @Field(() => Int) slot: number;
  @Field() name: string;
  @Field() required: boolean;
}

@Resolver()
export class AttachmentResolver {
  constructor(private readonly service: AttachmentService) {}

  @Query(() => [AttachmentSlot], {
    description: '12类申请材料；上传：POST /api/applications/{id}/attachments/{slot}（PDF/JPG/PNG，≤20MB）',
  })
  attachmentSlots(): AttachmentSlot[] {
    return Object.entries(ATTACHMENT_SLOT_NAMES).map(([slot, name]) => ({
      slot: Number(slot),
      name,
      required: REQUIRED_ATTACHMENT_SLOTS.includes(Number(slot)),
    }));
  }

  @Authorized(Role.INSTITUTION)
  @Mutation(() => Boolean, { description: '删除某类材料（仅可编辑状态）' })
  deleteApplicationAttachment(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('slot', () => Int) slot: number,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.service.remove(ctx.scope, toId(applicationId), slot, ctx);
  }
}
