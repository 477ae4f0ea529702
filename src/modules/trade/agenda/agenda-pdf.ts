import { createPdfDocument, formatDate, programmeLetterhead } from '../../../server/pdf/index.ts';
import type { Language } from '../../../shared/localized.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Agenda, Meeting } from '../contract.ts';
import type { ProgrammeItem } from '../domain/values.ts';

const words = {
  vi: { agenda: 'Lịch gặp giao thương', plenary: 'Chương trình phiên toàn thể', meetings: 'Lịch gặp song phương', no: 'STT', time: 'Thời gian', day: 'Ngày', table: 'Bàn', partner: 'Đối tác', none: 'Chưa có lịch gặp.', title: 'Nội dung', venue: 'Địa điểm', signs: 'Biển bàn giao thương', scan: 'Quét mã để xem lịch gặp của bàn' },
  en: { agenda: 'B2B meeting agenda', plenary: 'Plenary programme', meetings: 'One-to-one meetings', no: 'No.', time: 'Time', day: 'Day', table: 'Table', partner: 'Partner', none: 'No meetings yet.', title: 'Item', venue: 'Venue', signs: 'Trading table signs', scan: "Scan for the table's meetings" },
};

/** A participant's printable agenda: the plenary programme, then its meetings with table and partner. */
export function agendaPdf(agenda: Agenda, programme: readonly ProgrammeItem[], language: Language): Promise<Buffer> {
  const w = words[language];
  const doc = createPdfDocument({ language, letterhead: programmeLetterhead(language, clock.today()), title: w.agenda, subtitle: `${agenda.conference.name[language]} · ${agenda.name}` });
  doc.fields([{ label: w.venue, value: [agenda.conference.venue[language], agenda.conference.venueAddress].filter(Boolean).join(', ') }]);
  if (programme.length > 0) {
    doc.heading(`1. ${w.plenary}`);
    doc.table({
      columns: [{ header: w.day, width: 1.2 }, { header: w.time, width: 1.2 }, { header: w.title, width: 5 }],
      rows: programme.map((p) => [formatDate(p.day), `${p.startsAt}–${p.endsAt}`, p.title[language]]),
    });
  }
  doc.heading(`${programme.length > 0 ? 2 : 1}. ${w.meetings}`);
  if (agenda.items.length === 0) doc.paragraph(w.none);
  else {
    doc.table({
      columns: [{ header: w.no, width: 0.5, align: 'right' }, { header: w.day, width: 1.2 }, { header: w.time, width: 1.2 }, { header: w.table, width: 0.8 }, { header: w.partner, width: 4.3 }],
      rows: agenda.items.map((m, i) => [i + 1, formatDate(m.day), `${m.startsAt}–${m.endsAt}`, m.tableCode, m.partnerName]),
    });
  }
  return doc.finish();
}

/** One page per table: its code large, the buyer receiving there, its meetings, and a QR to the public page. */
export function tableSignsPdf(conferenceName: string, tables: { code: string; host: string; meetings: Meeting[] }[], publicUrl: string, language: Language): Promise<Buffer> {
  const w = words[language];
  const doc = createPdfDocument({ language, letterhead: programmeLetterhead(language, clock.today()), title: w.signs, subtitle: conferenceName });
  tables.forEach((table, index) => {
    if (index > 0) doc.pageBreak();
    doc.heading(`${w.table} ${table.code}`);
    doc.paragraph(table.host);
    doc.qrCode(`${publicUrl}#table-${table.code}`, { size: 110, caption: w.scan });
    doc.table({
      columns: [{ header: w.time, width: 1.4 }, { header: language === 'vi' ? 'Chủ thể OCOP' : 'OCOP producer', width: 3 }, { header: language === 'vi' ? 'Bên mua' : 'Buyer', width: 3 }],
      rows: table.meetings.map((m) => [`${formatDate(m.day)} ${m.startsAt}`, m.producerName, m.buyerName]),
    });
  });
  return doc.finish();
}
