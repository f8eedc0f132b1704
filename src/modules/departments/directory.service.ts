import { Brackets } from 'typeorm';
import { likePattern, paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import type { Department } from './department.entity';
import { directoryQuery } from './department.access';

/** The caller's directory: searchable by member name, department name and description. */
export async function listDirectory(ctx: Context, args: { search?: string; groupId?: string; first?: number; after?: string }): Promise<Page<Department>> {
  const qb = await directoryQuery(ctx);
  if (args.groupId) qb.andWhere('d.groupId = :groupId', { groupId: args.groupId });
  if (args.search?.trim()) {
    const q = likePattern(args.search);
    qb.innerJoin('member', 'owner', 'owner.id = d.member_id').andWhere(
      new Brackets((w) => w.where('owner.name ILIKE :q', { q }).orWhere('d.name ILIKE :q', { q }).orWhere('d.description ILIKE :q', { q })),
    );
  }
  return paginate(qb, args);
}
