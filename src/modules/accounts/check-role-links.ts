import { badRequest } from '../../server/http/app-error.ts';
import type { Role } from './roles.ts';

/** A producer account may speak for a producer and a buyer account for a buyer organisation; nobody else for either. */
export function checkRoleLinks(role: Role, producerId: string | null, buyerOrganisationId: string | null): void {
  if (producerId && role !== 'producer') {
    throw badRequest('producer_link_not_allowed', {
      vi: 'Chỉ tài khoản chủ thể OCOP mới gắn với chủ thể',
      en: 'Only producer accounts can be linked to a producer',
    });
  }
  if (buyerOrganisationId && role !== 'buyer') {
    throw badRequest('buyer_link_not_allowed', {
      vi: 'Chỉ tài khoản đơn vị thu mua mới gắn với đơn vị thu mua',
      en: 'Only buyer accounts can be linked to a buyer organisation',
    });
  }
}
