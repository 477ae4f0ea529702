import type { Language } from '../../../shared/localized.ts';
import { dayInVietnam } from '../../../shared/time/clock.ts';
import { createPdfDocument, formatDateTime, programmeLetterhead } from '../../../server/pdf/index.ts';
import type { OpeningDetail } from '../contract.ts';

/**
 * One invitation a page: the guest, the ceremony's time, venue and programme, and a QR code that
 * opens the public announcement page greeting that guest.
 */
export function invitationsPdf(opening: OpeningDetail, baseUrl: string, language: Language): Promise<Buffer> {
  const vi = language === 'vi';
  const name = opening.point.name[language];
  const doc = createPdfDocument({
    language,
    letterhead: programmeLetterhead(language, dayInVietnam(new Date(opening.startsAt))),
    title: vi ? 'Giấy mời' : 'Invitation',
    subtitle: vi ? `Lễ khai trương ${name}` : `Opening ceremony of ${name}`,
  });
  const page = `${baseUrl.replace(/\/$/, '')}/points-of-sale/${opening.point.slug}/opening`;
  if (opening.guests.length === 0) doc.paragraph(vi ? 'Chưa có khách mời.' : 'No guests yet.');
  opening.guests.forEach((guest, index) => {
    if (index > 0) doc.pageBreak();
    const addressee = [guest.title, guest.name].filter(Boolean).join(' ');
    doc.paragraph(`${vi ? 'Kính gửi' : 'To'}: ${addressee}${guest.organisation ? ` – ${guest.organisation}` : ''}`);
    doc.paragraph(vi
      ? `Trân trọng kính mời Quý khách tới dự Lễ khai trương ${name}.`
      : `We are honoured to invite you to the opening ceremony of ${name}.`);
    doc.fields([
      { label: vi ? 'Thời gian' : 'Time', value: `${formatDateTime(opening.startsAt)} – ${formatDateTime(opening.endsAt)}` },
      { label: vi ? 'Địa điểm' : 'Venue', value: [opening.venue[language], opening.point.address, opening.point.commune].filter(Boolean).join(', ') },
    ]);
    if (opening.programme.length > 0) {
      doc.heading(vi ? 'Chương trình' : 'Programme');
      doc.table({ columns: [{ header: vi ? 'Giờ' : 'Time', width: 1 }, { header: vi ? 'Nội dung' : 'Item', width: 6 }], rows: opening.programme.map((p) => [p.at, p.title[language]]) });
    }
    doc.qrCode(`${page}?invitation=${guest.invitationCode}`, { caption: vi ? 'Quét mã để xem thông báo khai trương và chỉ đường' : 'Scan for the announcement and directions' });
  });
  return doc.finish();
}
