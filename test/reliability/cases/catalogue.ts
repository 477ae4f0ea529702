// The catalogue in the reliability suite: an official product list imported while its server is
// killed (all rows or none after the restart), and the public reads under load: search and the
// QR certificate check.
import { sql } from 'drizzle-orm';
import { rows } from '../../../src/server/db/rows.ts';
import { addDays } from '../../../src/shared/time/iso-date.ts';
import { clock } from '../../../src/shared/time/clock.ts';
import { aCertificate, aProduct, aProducer } from '../../support/catalogue-fixtures.ts';
import type { ModuleCases } from '../support/cases.ts';
import { sendReadingLines } from '../support/http.ts';

const ROWS = 3000;
const MARK = 'Sản phẩm sập nguồn';

/** A valid official list of `count` products, ten to a producer, certified 100 days ago. */
export function productListCsv(count: number, mark = MARK): Buffer {
  const [y, m, d] = addDays(clock.today(), -100).split('-');
  const lines = ['STT,Tên sản phẩm,Chủ thể,Loại hình chủ thể,Địa chỉ,Tỉnh/Thành phố,Phân nhóm,Số sao,Số quyết định,Ngày quyết định,Cấp công nhận'];
  for (let i = 1; i <= count; i++) {
    const producer = Math.ceil(i / 10);
    lines.push(`${i},${mark} ${i},HTX ${mark} ${producer},HTX,"Thôn ${producer}, xã Bát Tràng",Hà Nội,I.2.b,4,${i}/QĐ-UBND,${d}/${m}/${y},Tỉnh`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export const cases: ModuleCases = {
  crashes: [
    {
      name: `kill -9 while a ${ROWS}-row product list is being written`,
      async start(cluster, server) {
        const staff = await cluster.signIn('organizer');
        let resolveHalfway: () => void = () => undefined;
        let rejectHalfway: (error: Error) => void = () => undefined;
        const halfway = new Promise<void>((resolve, reject) => {
          resolveHalfway = resolve;
          rejectHalfway = reject;
        });
        // Progress lines are written from inside the import's one transaction: a third of the
        // rows in, the write is surely under way and far from its commit.
        void sendReadingLines(server, {
          method: 'POST', path: '/api/catalogue/import?fileName=sap-nguon.csv', as: staff, body: productListCsv(ROWS),
          headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' }, timeoutMs: 120_000,
        }, (line) => {
          const { progress, report } = JSON.parse(line) as { progress?: { done: number }; report?: unknown };
          if ((progress?.done ?? 0) >= ROWS / 3) resolveHalfway();
          if (report) rejectHalfway(new Error('the import ended before the server could be killed'));
        }).then(
          () => rejectHalfway(new Error('the import answered before it was a third done')),
          () => undefined, // the connection breaks when the server dies
        );
        await halfway;
        return {
          async outcome() {
            const [found] = await rows<{ products: number; producers: number }>(cluster.database.db, sql`
              SELECT (SELECT count(*)::int FROM products WHERE name_vi LIKE ${`${MARK} %`}) AS products,
                     (SELECT count(*)::int FROM producers WHERE name LIKE ${`HTX ${MARK} %`}) AS producers`);
            if (found?.products === 0 && found.producers === 0) return 'none';
            if (found?.products === ROWS && found.producers === ROWS / 10) return 'all';
            return `${found?.products} of ${ROWS} products and ${found?.producers} of ${ROWS / 10} producers written`;
          },
        };
      },
    },
  ],
  load: [
    {
      name: 'catalogue search (/api/products?q=…)',
      async prepare(cluster) {
        for (let i = 0; i < 40; i++) {
          const producer = await aProducer(cluster.database, { name: `HTX Gốm Bát Tràng ${i}`, address: `Thôn ${i}, xã Bát Tràng` });
          const product = await aProduct(cluster.database, producer.id, { vi: `Bình gốm men lam ${i}`, en: `Blue glaze vase ${i}` });
          await aCertificate(cluster.database, product.id);
        }
        return '/api/products?q=gom%20bat%20trang';
      },
    },
    {
      name: 'certificate check (/api/verify/CODE)',
      async prepare(cluster) {
        const producer = await aProducer(cluster.database, { name: 'HTX Lụa Vạn Phúc', address: 'Phố Vạn Phúc, Hà Đông' });
        const product = await aProduct(cluster.database, producer.id, { vi: 'Khăn lụa tơ tằm', en: 'Silk scarf' });
        await aCertificate(cluster.database, product.id);
        return `/api/verify/${encodeURIComponent(product.code)}`;
      },
    },
  ],
};
