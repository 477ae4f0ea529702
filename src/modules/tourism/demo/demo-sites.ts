import type { SiteInput } from '../contract.ts';

type Hours = SiteInput['weeklyHours'];
const every = (opens: string, closes: string): Hours => Array.from({ length: 7 }, () => [{ opens, closes }]);
const withLunch = (morningCloses: string, afternoonOpens: string, closes: string): Hours => Array.from({ length: 7 }, () => [{ opens: '08:00', closes: morningCloses }, { opens: afternoonOpens, closes }]);
/** Closed on Mondays, as Vietnamese museums are. */
const museum: Hours = [[], ...Array.from({ length: 6 }, () => [{ opens: '08:30', closes: '11:30' }, { opens: '13:30', closes: '17:00' }])];

export interface DemoSite {
  input: Omit<SiteInput, 'craftVillageId'>;
  /** The catalogue craft village (name_vi) it belongs to. */
  village?: string;
}

/** Tourist sites around the programme's pilot craft villages (coordinates approximate). */
export const DEMO_SITES: DemoSite[] = [
  { village: 'Làng gốm Bát Tràng', input: { name: { vi: 'Chợ gốm Bát Tràng', en: 'Bat Trang ceramics market' }, kind: 'market', themes: ['ceramics'], latitude: 20.9766, longitude: 105.9133, address: 'Xã Bát Tràng, Hà Nội', weeklyHours: every('07:30', '18:00'), visitMinutes: 60, interest: 8, description: { vi: 'Hàng trăm gian hàng gốm sứ của làng.', en: 'Hundreds of the village ceramics stalls.' } } },
  { village: 'Làng gốm Bát Tràng', input: { name: { vi: 'Bảo tàng gốm Bát Tràng', en: 'Bat Trang ceramics museum' }, kind: 'museum', themes: ['ceramics'], latitude: 20.9787, longitude: 105.9126, address: 'Xóm 3, xã Bát Tràng', weeklyHours: museum, visitMinutes: 75, interest: 9, description: { vi: 'Lịch sử gốm Bát Tràng qua các thời kỳ.', en: 'The history of Bat Trang pottery.' } } },
  { village: 'Làng gốm Bát Tràng', input: { name: { vi: 'Xưởng nặn gốm thủ công Bát Tràng', en: 'Bat Trang hand-pottery workshop' }, kind: 'workshop', themes: ['ceramics'], latitude: 20.9748, longitude: 105.9105, address: 'Giang Cao, xã Bát Tràng', weeklyHours: withLunch('11:30', '13:00', '17:30'), visitMinutes: 90, interest: 8, description: { vi: 'Tự tay nặn và vẽ gốm.', en: 'Throw and paint your own pot.' } } },
  { village: 'Làng lụa Vạn Phúc', input: { name: { vi: 'Phố lụa Vạn Phúc', en: 'Van Phuc silk street' }, kind: 'market', themes: ['silk'], latitude: 20.9804, longitude: 105.7753, address: 'Phường Hà Đông, Hà Nội', weeklyHours: every('08:00', '20:00'), visitMinutes: 60, interest: 8, description: { vi: 'Các cửa hàng lụa của làng nghề nghìn năm.', en: 'The silk shops of a thousand-year-old craft village.' } } },
  { village: 'Làng lụa Vạn Phúc', input: { name: { vi: 'Xưởng dệt lụa Vạn Phúc', en: 'Van Phuc silk weaving workshop' }, kind: 'workshop', themes: ['silk'], latitude: 20.9791, longitude: 105.7737, address: 'Phường Hà Đông', weeklyHours: withLunch('11:00', '13:30', '17:00'), visitMinutes: 45, interest: 7, description: { vi: 'Xem khung cửi dệt lụa truyền thống.', en: 'Traditional silk looms at work.' } } },
  { village: 'Làng lụa Vạn Phúc', input: { name: { vi: 'Đình Vạn Phúc', en: 'Van Phuc communal house' }, kind: 'heritage', themes: ['silk'], latitude: 20.9812, longitude: 105.7741, address: 'Phường Hà Đông', weeklyHours: every('07:00', '17:00'), visitMinutes: 30, interest: 5 } },
  { village: 'Sài Sơn (chùa Thầy)', input: { name: { vi: 'Chùa Thầy', en: 'Thay Pagoda' }, kind: 'pagoda', themes: [], latitude: 21.0134, longitude: 105.6468, address: 'Xã Sài Sơn, Hà Nội', weeklyHours: every('07:00', '17:30'), visitMinutes: 90, interest: 9, description: { vi: 'Chùa cổ bên núi Sài Sơn, thủy đình múa rối nước.', en: 'Ancient pagoda by Sai Son mountain, with its water-puppet pavilion.' } } },
  { village: 'Sài Sơn (chùa Thầy)', input: { name: { vi: 'Làng nghề bánh Sài Sơn', en: 'Sai Son cake makers' }, kind: 'food', themes: ['food'], latitude: 21.0101, longitude: 105.6502, address: 'Xã Sài Sơn', weeklyHours: every('06:30', '18:00'), visitMinutes: 30, interest: 5 } },
  { village: 'Làng cổ Đường Lâm', input: { name: { vi: 'Làng cổ Đường Lâm – cổng làng Mông Phụ', en: 'Duong Lam ancient village – Mong Phu gate' }, kind: 'heritage', themes: [], latitude: 21.1386, longitude: 105.4724, address: 'Phường Sơn Tây, Hà Nội', weeklyHours: every('06:00', '18:00'), visitMinutes: 90, interest: 9, description: { vi: 'Nhà cổ đá ong, giếng làng, đình Mông Phụ.', en: 'Laterite houses, the village well, Mong Phu communal house.' } } },
  { village: 'Làng cổ Đường Lâm', input: { name: { vi: 'Chè lam, kẹo dồi Đường Lâm', en: 'Duong Lam sweets (che lam, keo doi)' }, kind: 'food', themes: ['food'], latitude: 21.1392, longitude: 105.4741, address: 'Phường Sơn Tây', weeklyHours: every('07:00', '18:00'), visitMinutes: 30, interest: 6 } },
  { village: 'Làng cổ Đường Lâm', input: { name: { vi: 'Chùa Mía', en: 'Mia Pagoda' }, kind: 'pagoda', themes: [], latitude: 21.1355, longitude: 105.4766, address: 'Phường Sơn Tây', weeklyHours: every('07:00', '17:00'), visitMinutes: 45, interest: 7 } },
  { village: 'Làng sơn mài Hạ Thái', input: { name: { vi: 'Xưởng sơn mài Hạ Thái', en: 'Ha Thai lacquer workshop' }, kind: 'workshop', themes: ['lacquer'], latitude: 20.8616, longitude: 105.8650, address: 'Xã Duyên Thái, Hà Nội', weeklyHours: withLunch('11:30', '13:30', '17:00'), visitMinutes: 60, interest: 8 } },
  { input: { name: { vi: 'Bánh cuốn Thanh Trì', en: 'Thanh Tri steamed rice rolls' }, kind: 'food', themes: ['food'], latitude: 20.9446, longitude: 105.8448, address: 'Thanh Trì, Hà Nội', weeklyHours: every('06:00', '13:00'), visitMinutes: 40, interest: 6 } },
];

/** The curated route: open every day, so it fits whatever the date. */
export const DEMO_ROUTE = {
  title: { vi: 'Một ngày gốm và lụa: Bát Tràng – Vạn Phúc', en: 'A day of ceramics and silk: Bat Trang – Van Phuc' },
  description: { vi: 'Chợ gốm, xưởng nặn gốm thủ công rồi phố lụa Vạn Phúc.', en: 'The ceramics market, a hand-pottery workshop, then Van Phuc silk street.' },
  mode: 'car' as const,
  start: { latitude: 21.0287, longitude: 105.8524, label: 'Hồ Hoàn Kiếm' },
  startTime: '08:00',
  endTime: '17:30',
  sites: ['Chợ gốm Bát Tràng', 'Xưởng nặn gốm thủ công Bát Tràng', 'Phố lụa Vạn Phúc'],
};
