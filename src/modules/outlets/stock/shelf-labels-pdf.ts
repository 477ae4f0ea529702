import type { Language } from '../../../shared/localized.ts';
import { createPdfDocument, formatDate, formatVnd, programmeLetterhead } from '../../../server/pdf/index.ts';
import type { StockList } from '../contract.ts';

const STATUS_TEXT = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expiring: { vi: 'Sắp hết hạn', en: 'Expiring soon' },
  expired: { vi: 'HẾT HẠN – không dùng nhãn OCOP', en: 'EXPIRED – do not use the OCOP mark' },
  revoked: { vi: 'ĐÃ THU HỒI – không dùng nhãn OCOP', en: 'REVOKED – do not use the OCOP mark' },
  none: { vi: 'Không có chứng nhận OCOP', en: 'No OCOP certificate' },
} as const;

/**
 * Shelf labels of a point: one block per product line with its price and the QR code of the
 * product's public certificate check (/verify/CODE), so a shopper sees validity on the day
 * they scan, not the day the label was printed.
 */
export function shelfLabelsPdf(point: { name: { vi: string; en: string } }, stock: StockList, baseUrl: string, language: Language): Promise<Buffer> {
  const vi = language === 'vi';
  const doc = createPdfDocument({
    language,
    letterhead: programmeLetterhead(language, stock.checkedOn),
    title: vi ? 'Nhãn kệ hàng' : 'Shelf labels',
    subtitle: `${point.name[language]} · ${formatDate(stock.checkedOn)}`,
  });
  const onShelf = stock.items.filter((i) => i.quantity > 0);
  if (onShelf.length === 0) doc.paragraph(vi ? 'Điểm chưa có sản phẩm trên quầy.' : 'The point has nothing on its shelves yet.');
  for (const item of onShelf) {
    doc.heading(item.name[language]);
    doc.fields([
      ...(item.product ? [{ label: vi ? 'Chủ thể' : 'Producer', value: item.product.producer }] : []),
      { label: vi ? 'Giá' : 'Price', value: formatVnd(item.priceVnd) },
      { label: 'OCOP', value: `${item.product?.stars ? `${item.product.stars}★ · ` : ''}${STATUS_TEXT[item.certificateStatus][language]}` },
    ]);
    if (item.product) {
      doc.qrCode(`${baseUrl.replace(/\/$/, '')}/verify/${item.product.code}`, {
        size: 72, align: 'left',
        caption: vi ? `Quét mã để kiểm tra chứng nhận OCOP · ${item.product.code}` : `Scan to check the OCOP certificate · ${item.product.code}`,
      });
    }
  }
  return doc.finish();
}
