import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { ProductNature } from './product.entity';

@InputType({ description: '服务产品' })
export class ServiceProductInput {
  @Field({ description: '产品名称' })
  @Length(2, 100, { message: '产品名称应为2–100个字' })
  name: string;

  @Field({ description: '服务类别代码（九类之一）' })
  @Length(1, 32, { message: '请选择服务类别' })
  categoryCode: string;

  @Field(() => ProductNature, { description: '公益（免费）或收费' })
  @IsIn(Object.values(ProductNature), { message: '产品性质只能是公益（免费）或收费' })
  nature: ProductNature;

  @Field({ description: '服务内容' })
  @Length(10, 2000, { message: '服务内容应为10–2000个字' })
  content: string;

  @Field(() => String, { nullable: true, description: '收费说明（收费产品必填）' })
  @IsOptional()
  @MaxLength(200, { message: '收费说明最多200个字' })
  priceNote?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否发布；新增时默认不发布，修改时不传则保持不变' })
  @IsOptional()
  @IsBoolean({ message: '是否发布应为是或否' })
  published?: boolean;
}
