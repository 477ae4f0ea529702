import type { Audience, Topic } from '../domain/values.ts';

/** One demo course: its place in the year (days from today of its first session) and its shape. */
export interface DemoCourse {
  slug: string;
  name: { vi: string; en: string };
  topic: Topic;
  audiences: Audience[];
  trainers: string[];
  startOffset: number;
  sessions: number;
  capacity: number;
  /** Share of the seats taken; 1 with waiting > 0 makes a full course with a waiting list. */
  fill: number;
  waiting: number;
  assessment: boolean;
  /** A pilot point's slug or a craft village's Vietnamese name; null: online. */
  place: string | null;
}

const c = (slug: string, vi: string, en: string, topic: Topic, audiences: Audience[], startOffset: number, sessions: number, capacity: number, fill: number, waiting: number, assessment: boolean, place: string | null): DemoCourse =>
  ({ slug, name: { vi, en }, topic, audiences, trainers: TRAINERS[topic], startOffset, sessions, capacity, fill, waiting, assessment, place });

const TRAINERS: Record<Topic, string[]> = {
  storytelling: ['TS. Nguyễn Thu Hà', 'Nghệ nhân Phạm Văn Lộc'],
  'visitor-service': ['ThS. Trần Minh Đức'],
  display: ['KTS. Lê Thanh Hương'],
  'online-selling': ['Hoàng Quốc Việt', 'Đỗ Mai Anh'],
  'foreign-language': ['Sarah Nguyen', 'ThS. Vũ Ngọc Lan'],
};

/** About twenty courses over a year: eight months back, the running ones, three months ahead. */
export const DEMO_COURSES: readonly DemoCourse[] = [
  c('ke-chuyen-san-pham-gom-bat-trang', 'Kể chuyện sản phẩm gốm Bát Tràng', 'Telling the story of Bat Trang ceramics', 'storytelling', ['producer', 'guide'], -240, 4, 25, 0.9, 0, false, 'diem-ocop-bat-trang'),
  c('phuc-vu-khach-du-lich-lang-nghe', 'Phục vụ khách du lịch tại làng nghề', 'Serving visitors in craft villages', 'visitor-service', ['point-staff', 'guide'], -225, 3, 20, 1, 0, false, 'Làng lụa Vạn Phúc'),
  c('trung-bay-san-pham-ocop-co-ban', 'Trưng bày sản phẩm OCOP cơ bản', 'OCOP product display basics', 'display', ['point-staff', 'producer'], -205, 3, 18, 0.8, 0, false, 'showroom-trung-tam-khuyen-cong'),
  c('ban-hang-truc-tuyen-cho-chu-the-ocop', 'Bán hàng trực tuyến cho chủ thể OCOP', 'Online selling for OCOP producers', 'online-selling', ['producer'], -190, 5, 40, 1, 0, true, null),
  c('tieng-anh-giao-tiep-du-lich-1', 'Tiếng Anh giao tiếp du lịch (khoá 1)', 'English for tourism (course 1)', 'foreign-language', ['guide', 'point-staff'], -175, 5, 20, 0.95, 0, true, 'Làng cổ Đường Lâm'),
  c('ke-chuyen-lua-van-phuc', 'Kể chuyện lụa Vạn Phúc', 'The story of Van Phuc silk', 'storytelling', ['producer', 'guide'], -160, 3, 24, 0.75, 0, false, 'diem-ocop-van-phuc'),
  c('van-hoa-du-lich-duong-lam', 'Văn hoá và du lịch làng cổ Đường Lâm', 'Culture and tourism in Duong Lam', 'visitor-service', ['guide', 'commune-official'], -140, 4, 30, 0.8, 0, false, 'diem-ocop-duong-lam'),
  c('chup-anh-san-pham-ban-hang', 'Chụp ảnh sản phẩm để bán hàng', 'Product photography for selling', 'online-selling', ['producer', 'point-staff'], -125, 3, 16, 1, 0, false, 'diem-ocop-bat-trang'),
  c('trung-bay-theo-mua-le-hoi', 'Trưng bày theo mùa lễ hội', 'Festive season displays', 'display', ['point-staff'], -110, 2, 15, 0.9, 0, false, 'showroom-trung-tam-khuyen-cong'),
  c('ke-chuyen-dac-san-sai-son', 'Kể chuyện đặc sản Sài Sơn – chùa Thầy', 'Stories of Sai Son specialties and Thay Pagoda', 'storytelling', ['producer', 'commune-official'], -95, 3, 20, 0.85, 0, true, 'Sài Sơn (chùa Thầy)'),
  c('tieng-han-cho-diem-ban', 'Tiếng Hàn cơ bản cho nhân viên điểm bán', 'Basic Korean for point-of-sale staff', 'foreign-language', ['point-staff'], -75, 4, 18, 0.7, 0, false, null),
  c('livestream-ban-hang-ocop', 'Livestream bán hàng OCOP', 'Live-stream selling of OCOP products', 'online-selling', ['producer'], -55, 4, 30, 1, 0, false, null),
  c('cham-soc-khach-quoc-te', 'Chăm sóc khách quốc tế tại điểm bán', 'Looking after international visitors', 'visitor-service', ['point-staff', 'guide'], -35, 3, 20, 0.9, 0, false, 'diem-ocop-van-phuc'),
  c('tieng-anh-giao-tiep-du-lich-2', 'Tiếng Anh giao tiếp du lịch (khoá 2)', 'English for tourism (course 2)', 'foreign-language', ['guide', 'point-staff'], -10, 5, 20, 1, 4, true, 'diem-ocop-duong-lam'),
  c('ke-chuyen-qua-mang-xa-hoi', 'Kể chuyện sản phẩm trên mạng xã hội', 'Product stories on social media', 'storytelling', ['producer', 'point-staff'], -4, 3, 25, 0.8, 0, false, null),
  c('trung-bay-diem-ban-lang-nghe', 'Trưng bày điểm bán tại làng nghề', 'Displays at craft-village points', 'display', ['point-staff', 'producer'], 12, 3, 15, 1, 5, false, 'diem-ocop-bat-trang'),
  c('huong-dan-vien-lang-nghe', 'Hướng dẫn viên làng nghề', 'Craft-village guiding', 'visitor-service', ['guide'], 30, 4, 25, 0.6, 0, true, 'Làng gốm Bát Tràng'),
  c('thuong-mai-dien-tu-nang-cao', 'Thương mại điện tử nâng cao', 'Advanced e-commerce', 'online-selling', ['producer'], 50, 4, 30, 0.4, 0, false, null),
  c('tieng-nhat-don-khach', 'Tiếng Nhật đón khách', 'Japanese for welcoming visitors', 'foreign-language', ['point-staff', 'guide'], 75, 5, 16, 0.25, 0, false, 'showroom-trung-tam-khuyen-cong'),
  c('ke-chuyen-cho-can-bo-xa', 'Kể chuyện OCOP cho cán bộ xã', 'OCOP storytelling for commune officials', 'storytelling', ['commune-official'], 100, 3, 40, 0, 0, false, 'diem-ocop-sai-son'),
];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
export const MIDDLE_NAMES = ['Thị', 'Văn', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Đức', 'Thanh'];
export const GIVEN_NAMES = ['Hà', 'Lan', 'Hùng', 'Dũng', 'Mai', 'Tuấn', 'Hương', 'Nam', 'Linh', 'Sơn', 'Yến', 'Phúc', 'Trang', 'Long'];
