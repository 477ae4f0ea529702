import type { CulturalRegionCode } from '../domain/cultural-regions.ts';
import { PACK } from './packaging.ts';
import type { ProductTemplate, SpecialtyKey } from './product-templates.ts';

/** Where demo producers outside the craft villages are based. */

/** Hanoi communes (legacy names, as addresses give them) for producers outside craft villages. */
export interface HanoiLocation {
  place: string;
  legacyCommuneType: 'xã' | 'phường' | 'thị trấn';
  legacyDistrict: string;
  legacyDistrictType: 'huyện' | 'quận' | 'thị xã';
  /** Post-2025 unit where known: district towns became communes named after the district. */
  commune: string | null;
  lat: number;
  lng: number;
  specialties: readonly (readonly [SpecialtyKey, number])[];
}

const farm: HanoiLocation['specialties'] = [
  ['farm-produce', 5],
  ['processed-food', 3],
  ['drinks', 1],
  ['eco-tourism', 1],
];
const town: HanoiLocation['specialties'] = [
  ['processed-food', 4],
  ['tea', 2],
  ['herbal', 2],
  ['drinks', 1],
  ['ornamental', 1],
];

export const HANOI_LOCATIONS: readonly HanoiLocation[] = [
  { place: 'Phù Đổng', legacyCommuneType: 'xã', legacyDistrict: 'Gia Lâm', legacyDistrictType: 'huyện', commune: 'Xã Phù Đổng', lat: 21.0545, lng: 105.9555, specialties: farm },
  { place: 'Đông Anh', legacyCommuneType: 'thị trấn', legacyDistrict: 'Đông Anh', legacyDistrictType: 'huyện', commune: 'Xã Đông Anh', lat: 21.1597, lng: 105.8483, specialties: town },
  { place: 'Sóc Sơn', legacyCommuneType: 'thị trấn', legacyDistrict: 'Sóc Sơn', legacyDistrictType: 'huyện', commune: 'Xã Sóc Sơn', lat: 21.2571, lng: 105.8486, specialties: farm },
  { place: 'Mê Linh', legacyCommuneType: 'xã', legacyDistrict: 'Mê Linh', legacyDistrictType: 'huyện', commune: 'Xã Mê Linh', lat: 21.1836, lng: 105.7175, specialties: [['flowers', 3], ['farm-produce', 2]] },
  { place: 'Ba Vì', legacyCommuneType: 'xã', legacyDistrict: 'Ba Vì', legacyDistrictType: 'huyện', commune: 'Xã Ba Vì', lat: 21.0823, lng: 105.3726, specialties: [['ba-vi', 4], ['eco-tourism', 1], ['farm-produce', 1]] },
  { place: 'Ba Trại', legacyCommuneType: 'xã', legacyDistrict: 'Ba Vì', legacyDistrictType: 'huyện', commune: null, lat: 21.1094, lng: 105.3971, specialties: [['ba-vi', 2], ['farm-produce', 2], ['tea', 1]] },
  { place: 'Hương Sơn', legacyCommuneType: 'xã', legacyDistrict: 'Mỹ Đức', legacyDistrictType: 'huyện', commune: 'Xã Hương Sơn', lat: 20.6188, lng: 105.7468, specialties: [['huong-son', 1]] },
  { place: 'Đại Nghĩa', legacyCommuneType: 'thị trấn', legacyDistrict: 'Mỹ Đức', legacyDistrictType: 'huyện', commune: 'Xã Mỹ Đức', lat: 20.6904, lng: 105.7397, specialties: farm },
  { place: 'Phú Xuyên', legacyCommuneType: 'thị trấn', legacyDistrict: 'Phú Xuyên', legacyDistrictType: 'huyện', commune: 'Xã Phú Xuyên', lat: 20.7396, lng: 105.9083, specialties: farm },
  { place: 'Thường Tín', legacyCommuneType: 'thị trấn', legacyDistrict: 'Thường Tín', legacyDistrictType: 'huyện', commune: 'Xã Thường Tín', lat: 20.8686, lng: 105.8613, specialties: town },
  { place: 'Kim Bài', legacyCommuneType: 'thị trấn', legacyDistrict: 'Thanh Oai', legacyDistrictType: 'huyện', commune: 'Xã Thanh Oai', lat: 20.8561, lng: 105.7694, specialties: farm },
  { place: 'Chúc Sơn', legacyCommuneType: 'thị trấn', legacyDistrict: 'Chương Mỹ', legacyDistrictType: 'huyện', commune: 'Phường Chương Mỹ', lat: 20.9225, lng: 105.7044, specialties: town },
  { place: 'Xuân Mai', legacyCommuneType: 'thị trấn', legacyDistrict: 'Chương Mỹ', legacyDistrictType: 'huyện', commune: 'Xã Xuân Mai', lat: 20.8994, lng: 105.5772, specialties: [['tea', 2], ['farm-produce', 2], ['herbal', 1]] },
  { place: 'Quốc Oai', legacyCommuneType: 'thị trấn', legacyDistrict: 'Quốc Oai', legacyDistrictType: 'huyện', commune: 'Xã Quốc Oai', lat: 20.9917, lng: 105.6406, specialties: farm },
  { place: 'Trạm Trôi', legacyCommuneType: 'thị trấn', legacyDistrict: 'Hoài Đức', legacyDistrictType: 'huyện', commune: 'Xã Hoài Đức', lat: 21.0714, lng: 105.7089, specialties: town },
  { place: 'Phùng', legacyCommuneType: 'thị trấn', legacyDistrict: 'Đan Phượng', legacyDistrictType: 'huyện', commune: 'Xã Đan Phượng', lat: 21.0886, lng: 105.6611, specialties: farm },
  { place: 'Phúc Thọ', legacyCommuneType: 'thị trấn', legacyDistrict: 'Phúc Thọ', legacyDistrictType: 'huyện', commune: 'Xã Phúc Thọ', lat: 21.1058, lng: 105.5497, specialties: farm },
  { place: 'Vân Đình', legacyCommuneType: 'thị trấn', legacyDistrict: 'Ứng Hòa', legacyDistrictType: 'huyện', commune: null, lat: 20.7289, lng: 105.7711, specialties: farm },
  { place: 'Quảng An', legacyCommuneType: 'phường', legacyDistrict: 'Tây Hồ', legacyDistrictType: 'quận', commune: null, lat: 21.0654, lng: 105.8263, specialties: [['tea', 3], ['processed-food', 1]] },
  { place: 'Bồ Đề', legacyCommuneType: 'phường', legacyDistrict: 'Long Biên', legacyDistrictType: 'quận', commune: 'Phường Bồ Đề', lat: 21.0406, lng: 105.8736, specialties: town },
  { place: 'Hàng Bạc', legacyCommuneType: 'phường', legacyDistrict: 'Hoàn Kiếm', legacyDistrictType: 'quận', commune: 'Phường Hoàn Kiếm', lat: 21.0342, lng: 105.8531, specialties: [['processed-food', 2], ['tea', 2], ['herbal', 1]] },
];

/** Producers from other provinces, with the specialties those provinces are known for. */
export interface ProvinceOrigin {
  /** Current province (post-2025 name). */
  province: string;
  region: CulturalRegionCode;
  /** The town or area the address names. */
  town: string;
  lat: number;
  lng: number;
  templates: readonly ProductTemplate[];
}

const p = (
  leaf: string,
  vi: string,
  en: string,
  price: readonly [number, number],
  packaging: ProductTemplate['packaging'],
  descriptionVi: string,
  descriptionEn: string,
): ProductTemplate => ({ leaf, name: { vi, en }, description: { vi: descriptionVi, en: descriptionEn }, packaging, price });

export const PROVINCE_ORIGINS: readonly ProvinceOrigin[] = [
  // Northern mountains
  { province: 'Thái Nguyên', region: 'northern-mountains', town: 'Tân Cương', lat: 21.5661, lng: 105.7772, templates: [
    p('I.5.a', 'Chè Tân Cương', 'Tan Cuong green tea', [200_000, 900_000], [PACK.tin100, PACK.box200], 'Chè búp Tân Cương sao suốt, nước xanh, vị chát dịu.', 'Tan Cuong buds pan-fired: green liquor, gentle astringency.'),
    p('I.5.a', 'Trà móc câu Thái Nguyên', 'Thai Nguyen hook-leaf tea', [250_000, 1_200_000], [PACK.tin100], 'Búp chè cong như móc câu, hái một tôm hai lá.', 'Hook-shaped buds, one bud and two leaves.'),
  ] },
  { province: 'Sơn La', region: 'northern-mountains', town: 'Mộc Châu', lat: 20.8490, lng: 104.6300, templates: [
    p('I.1.b', 'Sữa tươi Mộc Châu', 'Moc Chau fresh milk', [25_000, 40_000], [PACK.bottle500], 'Sữa bò tươi từ cao nguyên Mộc Châu.', 'Fresh milk from the Moc Chau plateau.'),
    p('I.1.a', 'Mận hậu Sơn La', 'Son La plums', [30_000, 70_000], [PACK.perKg], 'Mận hậu giòn, chua ngọt.', 'Crisp sweet-sour plums.'),
    p('I.6', 'Cà phê Arabica Sơn La', 'Son La Arabica coffee', [180_000, 400_000], [PACK.bag500], 'Cà phê Arabica trồng trên độ cao 800 m.', 'Arabica grown at 800 m.'),
  ] },
  { province: 'Tuyên Quang', region: 'northern-mountains', town: 'Hà Giang', lat: 22.8233, lng: 104.9836, templates: [
    p('I.5.a', 'Chè Shan tuyết Hà Giang', 'Ha Giang snow Shan tea', [300_000, 1_500_000], [PACK.tin100], 'Chè từ cây Shan tuyết cổ thụ trên núi cao.', 'Tea from ancient snow Shan trees in the high mountains.'),
    p('I.2.b', 'Mật ong bạc hà Hà Giang', 'Ha Giang mint-flower honey', [350_000, 600_000], [PACK.jar500], 'Mật ong hoa bạc hà cao nguyên đá.', 'Mint-flower honey from the karst plateau.'),
  ] },
  { province: 'Lào Cai', region: 'northern-mountains', town: 'Sa Pa', lat: 22.3364, lng: 103.8438, templates: [
    p('II.1.b', 'Rượu táo mèo Sa Pa', 'Sa Pa wild apple liqueur', [120_000, 250_000], [PACK.bottle500], 'Rượu ngâm táo mèo rừng.', 'Liqueur of wild mountain apples.'),
    p('IV.2', 'Khăn thổ cẩm Sa Pa', 'Sa Pa brocade scarf', [150_000, 500_000], [PACK.fold], 'Thổ cẩm dệt tay của đồng bào Mông, Dao.', 'Hand-woven Hmong and Dao brocade.'),
  ] },
  { province: 'Cao Bằng', region: 'northern-mountains', town: 'Trùng Khánh', lat: 22.8317, lng: 106.5186, templates: [
    p('I.1.a', 'Hạt dẻ Trùng Khánh', 'Trung Khanh chestnuts', [120_000, 200_000], [PACK.bag500], 'Hạt dẻ bùi, thơm, thu hoạch mùa thu.', 'Nutty chestnuts harvested in autumn.'),
    p('I.3.b', 'Miến dong Cao Bằng', 'Cao Bang arrowroot vermicelli', [70_000, 120_000], [PACK.bag500], 'Miến dong phơi nắng vùng cao.', 'Highland sun-dried arrowroot vermicelli.'),
  ] },
  { province: 'Lạng Sơn', region: 'northern-mountains', town: 'Văn Quan', lat: 21.8537, lng: 106.7615, templates: [
    p('I.4.b', 'Hoa hồi Lạng Sơn', 'Lang Son star anise', [150_000, 300_000], [PACK.bag500], 'Hoa hồi tám cánh phơi khô, tinh dầu cao.', 'Dried eight-pointed star anise, rich in oil.'),
    p('III.3', 'Tinh dầu hồi Lạng Sơn', 'Lang Son star anise oil', [180_000, 350_000], [PACK.bottle350], 'Tinh dầu hồi chưng cất.', 'Distilled star anise oil.'),
  ] },
  // Red River Delta (outside Hanoi)
  { province: 'Hưng Yên', region: 'red-river-delta', town: 'Phố Hiến', lat: 20.6464, lng: 106.0511, templates: [
    p('I.1.a', 'Nhãn lồng Hưng Yên', 'Hung Yen longan', [50_000, 100_000], [PACK.perKg], 'Nhãn lồng cùi dày, ngọt sắc, từng là đồ tiến vua.', 'Thick-fleshed sweet longan, once sent as tribute to the king.'),
    p('I.4.a', 'Tương Bần', 'Ban soybean sauce', [30_000, 60_000], [PACK.bottle500], 'Tương Bần ủ chum theo lối cổ.', 'Ban soy sauce fermented in jars the old way.'),
  ] },
  { province: 'Bắc Ninh', region: 'red-river-delta', town: 'Phù Lãng', lat: 21.1522, lng: 106.2403, templates: [
    p('IV.1', 'Gốm Phù Lãng', 'Phu Lang pottery', [200_000, 3_000_000], [PACK.piece], 'Gốm sành nâu men da lươn.', 'Brown stoneware with eel-skin glaze.'),
    p('IV.1', 'Tranh Đông Hồ', 'Dong Ho woodblock print', [60_000, 400_000], [PACK.fold, PACK.giftBox], 'Tranh khắc gỗ in trên giấy điệp.', 'Woodblock print on scallop-shell paper.'),
  ] },
  { province: 'Hải Phòng', region: 'red-river-delta', town: 'Hải Dương', lat: 20.9373, lng: 106.3146, templates: [
    p('I.3.c', 'Bánh đậu xanh Hải Dương', 'Hai Duong mung-bean cake', [40_000, 90_000], [PACK.box200, PACK.giftBox], 'Bánh đậu xanh mịn, ngọt thanh.', 'Smooth, lightly sweet mung-bean cakes.'),
    p('I.4.a', 'Nước mắm Cát Hải', 'Cat Hai fish sauce', [70_000, 180_000], [PACK.bottle500], 'Nước mắm cá cơm ủ chượp truyền thống.', 'Anchovy fish sauce fermented the traditional way.'),
  ] },
  { province: 'Ninh Bình', region: 'red-river-delta', town: 'Kim Sơn', lat: 20.0911, lng: 106.1000, templates: [
    p('II.1.a', 'Rượu Kim Sơn', 'Kim Son rice spirit', [80_000, 200_000], [PACK.bottle500], 'Rượu gạo nấu theo nghề truyền thống Kim Sơn.', 'Rice spirit from Kim Son’s traditional distilleries.'),
    p('I.3.b', 'Cơm cháy Ninh Bình', 'Ninh Binh crispy rice', [50_000, 100_000], [PACK.box200], 'Cơm cháy chà bông giòn rụm.', 'Crisp rice crackers topped with pork floss.'),
    p('IV.1', 'Cói mỹ nghệ Kim Sơn', 'Kim Son sedge handicrafts', [60_000, 500_000], [PACK.piece], 'Thảm, túi, hộp đan từ cói.', 'Mats, bags and boxes woven from sedge.'),
  ] },
  { province: 'Quảng Ninh', region: 'red-river-delta', town: 'Hạ Long', lat: 20.9517, lng: 107.0800, templates: [
    p('I.3.d', 'Chả mực Hạ Long', 'Ha Long squid cake', [350_000, 480_000], [PACK.perKg], 'Chả mực giã tay từ mực tươi vịnh Hạ Long.', 'Squid cake hand-pounded from fresh Ha Long squid.'),
    p('III.1', 'Ba kích Quảng Ninh', 'Quang Ninh morinda root', [300_000, 800_000], [PACK.bag500], 'Ba kích tím sấy khô.', 'Dried purple morinda root.'),
  ] },
  // Central region and Central Highlands
  { province: 'Thanh Hóa', region: 'central-highlands', town: 'Thanh Hóa', lat: 19.8067, lng: 105.7852, templates: [
    p('I.3.d', 'Nem chua Thanh Hóa', 'Thanh Hoa fermented pork roll', [60_000, 120_000], [PACK.leafWrap], 'Nem chua gói lá chuối, lên men tự nhiên.', 'Fermented pork wrapped in banana leaves.'),
  ] },
  { province: 'Nghệ An', region: 'central-highlands', town: 'Diễn Châu', lat: 18.9833, lng: 105.6000, templates: [
    p('I.1.a', 'Cam Vinh', 'Vinh oranges', [40_000, 80_000], [PACK.perKg], 'Cam Vinh vỏ mỏng, mọng nước.', 'Thin-skinned, juicy Vinh oranges.'),
    p('I.4.a', 'Nước mắm Vạn Phần', 'Van Phan fish sauce', [60_000, 150_000], [PACK.bottle500], 'Nước mắm làng nghề Vạn Phần.', 'Fish sauce from the Van Phan village.'),
  ] },
  { province: 'Hà Tĩnh', region: 'central-highlands', town: 'Hà Tĩnh', lat: 18.3428, lng: 105.9057, templates: [
    p('I.3.c', 'Kẹo cu đơ Hà Tĩnh', 'Ha Tinh cu do peanut brittle', [40_000, 80_000], [PACK.box200], 'Kẹo lạc mật mía kẹp bánh tráng.', 'Peanut and molasses brittle between rice papers.'),
  ] },
  { province: 'Huế', region: 'central-highlands', town: 'Huế', lat: 16.4637, lng: 107.5909, templates: [
    p('I.3.c', 'Mè xửng Huế', 'Hue sesame candy', [40_000, 90_000], [PACK.box200], 'Kẹo mè xửng dẻo, đặc sản cố đô.', 'Chewy sesame candy from the old capital.'),
    p('III.3', 'Dầu tràm Huế', 'Hue cajeput oil', [60_000, 150_000], [PACK.bottle350], 'Dầu tràm nguyên chất cho trẻ nhỏ.', 'Pure cajeput oil for babies.'),
    p('IV.1', 'Nón bài thơ Huế', 'Hue poem conical hat', [120_000, 350_000], [PACK.piece], 'Nón lá ép tranh và thơ giữa hai lớp lá.', 'Conical hat with a poem set between two layers of leaf.'),
  ] },
  { province: 'Đà Nẵng', region: 'central-highlands', town: 'Quảng Nam', lat: 15.5394, lng: 108.0191, templates: [
    p('III.1', 'Sâm Ngọc Linh', 'Ngoc Linh ginseng', [2_000_000, 12_000_000], [PACK.woodenBox], 'Sâm Ngọc Linh trồng dưới tán rừng.', 'Ngoc Linh ginseng grown under forest canopy.'),
    p('I.3.b', 'Mì Quảng khô', 'Dried Quang noodles', [40_000, 80_000], [PACK.bag500], 'Sợi mì Quảng phơi khô.', 'Dried Quang-style rice noodles.'),
  ] },
  { province: 'Đắk Lắk', region: 'central-highlands', town: 'Buôn Ma Thuột', lat: 12.6667, lng: 108.0500, templates: [
    p('I.6', 'Cà phê Buôn Ma Thuột', 'Buon Ma Thuot coffee', [150_000, 350_000], [PACK.bag500], 'Cà phê Robusta rang mộc.', 'Plain-roasted Robusta.'),
    p('I.6', 'Ca cao Đắk Lắk', 'Dak Lak cocoa', [180_000, 400_000], [PACK.box200], 'Bột ca cao nguyên chất lên men.', 'Pure fermented cocoa powder.'),
  ] },
  { province: 'Khánh Hòa', region: 'central-highlands', town: 'Nha Trang', lat: 12.2388, lng: 109.1967, templates: [
    p('I.3.d', 'Yến sào Khánh Hòa', 'Khanh Hoa bird’s nest', [1_500_000, 9_000_000], [PACK.giftBox], 'Yến đảo tinh chế.', 'Refined island swiftlet nest.'),
  ] },
  { province: 'Lâm Đồng', region: 'central-highlands', town: 'Đà Lạt', lat: 11.9404, lng: 108.4583, templates: [
    p('I.5.b', 'Trà atiso Đà Lạt', 'Da Lat artichoke tea', [80_000, 200_000], [PACK.sachet], 'Trà atiso túi lọc.', 'Artichoke tea bags.'),
    p('V.1', 'Hoa Đà Lạt', 'Da Lat flowers', [100_000, 400_000], [PACK.bunch], 'Hoa tươi trồng trên cao nguyên.', 'Fresh flowers from the highlands.'),
  ] },
  { province: 'Gia Lai', region: 'central-highlands', town: 'Chư Sê', lat: 13.7000, lng: 108.0833, templates: [
    p('I.4.b', 'Hồ tiêu Chư Sê', 'Chu Se black pepper', [150_000, 300_000], [PACK.jar300], 'Hạt tiêu đen chín đỏ phơi khô.', 'Black pepper picked ripe and sun-dried.'),
    p('I.6', 'Cà phê Gia Lai', 'Gia Lai coffee', [140_000, 300_000], [PACK.bag500], 'Cà phê Robusta Tây Nguyên.', 'Central Highlands Robusta.'),
  ] },
  // Southern delta
  { province: 'Vĩnh Long', region: 'southern-delta', town: 'Bến Tre', lat: 10.2434, lng: 106.3756, templates: [
    p('I.3.c', 'Kẹo dừa Bến Tre', 'Ben Tre coconut candy', [35_000, 80_000], [PACK.box200], 'Kẹo dừa nấu từ nước cốt dừa và mạch nha.', 'Coconut candy of coconut cream and malt.'),
  ] },
  { province: 'Đồng Tháp', region: 'southern-delta', town: 'Tháp Mười', lat: 10.4564, lng: 105.6336, templates: [
    p('I.3.c', 'Hạt sen sấy Đồng Tháp', 'Dong Thap dried lotus seeds', [120_000, 220_000], [PACK.bag500], 'Hạt sen Tháp Mười sấy giòn.', 'Crisp dried Thap Muoi lotus seeds.'),
    p('I.5.b', 'Trà tim sen Đồng Tháp', 'Dong Thap lotus-heart tea', [100_000, 200_000], [PACK.box200], 'Trà tim sen giúp ngủ ngon.', 'Lotus-heart tea for good sleep.'),
  ] },
  { province: 'Cần Thơ', region: 'southern-delta', town: 'Sóc Trăng', lat: 9.6025, lng: 105.9739, templates: [
    p('I.3.b', 'Bánh pía Sóc Trăng', 'Soc Trang pia cake', [60_000, 130_000], [PACK.giftBox], 'Bánh pía nhân đậu xanh sầu riêng.', 'Flaky pia cake with mung bean and durian.'),
  ] },
  { province: 'Cà Mau', region: 'southern-delta', town: 'U Minh', lat: 9.4167, lng: 104.9667, templates: [
    p('I.2.b', 'Mật ong rừng U Minh', 'U Minh forest honey', [300_000, 600_000], [PACK.jar500], 'Mật ong gác kèo rừng tràm.', 'Honey from rafter hives in the cajeput forest.'),
    p('I.3.d', 'Tôm khô Cà Mau', 'Ca Mau dried shrimp', [900_000, 1_600_000], [PACK.bag500], 'Tôm đất phơi khô.', 'Sun-dried mud shrimp.'),
  ] },
  { province: 'An Giang', region: 'southern-delta', town: 'Phú Quốc', lat: 10.2270, lng: 103.9670, templates: [
    p('I.4.a', 'Nước mắm Phú Quốc', 'Phu Quoc fish sauce', [80_000, 220_000], [PACK.bottle500], 'Nước mắm cá cơm thùng gỗ.', 'Anchovy fish sauce aged in wooden vats.'),
    p('I.2.a', 'Gạo thơm An Giang', 'An Giang fragrant rice', [25_000, 45_000], [PACK.bag2kg], 'Gạo thơm vùng Bảy Núi.', 'Fragrant rice from the Seven Mountains.'),
  ] },
  { province: 'Tây Ninh', region: 'southern-delta', town: 'Trảng Bàng', lat: 11.0306, lng: 106.3611, templates: [
    p('I.3.b', 'Bánh tráng phơi sương Trảng Bàng', 'Trang Bang dew-dried rice paper', [30_000, 70_000], [PACK.bag500], 'Bánh tráng phơi sương dẻo mềm.', 'Soft dew-dried rice paper.'),
    p('I.4.b', 'Muối tôm Tây Ninh', 'Tay Ninh shrimp salt', [30_000, 60_000], [PACK.jar300], 'Muối tôm ớt cay.', 'Spicy shrimp and chilli salt.'),
  ] },
  { province: 'Đồng Nai', region: 'southern-delta', town: 'Bình Phước', lat: 11.7512, lng: 106.7235, templates: [
    p('I.3.c', 'Hạt điều rang muối Bình Phước', 'Binh Phuoc salted cashews', [250_000, 400_000], [PACK.jar500], 'Hạt điều rang củi còn vỏ lụa.', 'Wood-roasted cashews in their skins.'),
  ] },
];

/** Foreign enterprises taking part in Hanoi's fairs. */
export interface ForeignOrigin {
  country: 'LA' | 'TH' | 'JP';
  countryName: string;
  city: string;
  province: string;
  lat: number;
  lng: number;
  /** Words for invented company names. */
  brandWords: readonly string[];
  templates: readonly ProductTemplate[];
}

const laos: ForeignOrigin['templates'] = [
  p('I.6', 'Cà phê cao nguyên Bolaven', 'Bolaven Plateau coffee', [180_000, 400_000], [PACK.bag500], 'Cà phê Arabica cao nguyên Bolaven, Lào.', 'Arabica from the Bolaven Plateau, Laos.'),
  p('IV.2', 'Lụa dệt tay Lào', 'Lao hand-woven silk', [400_000, 2_000_000], [PACK.fold], 'Lụa dệt tay hoa văn Naga.', 'Hand-woven silk with Naga patterns.'),
  p('I.2.b', 'Mật ong rừng Lào', 'Lao wild forest honey', [250_000, 450_000], [PACK.jar500], 'Mật ong rừng nhiệt đới.', 'Tropical wild forest honey.'),
];
const thailand: ForeignOrigin['templates'] = [
  p('I.3.c', 'Xoài sấy Thái Lan', 'Thai dried mango', [90_000, 180_000], [PACK.bag500], 'Xoài sấy dẻo.', 'Soft dried mango.'),
  p('III.2', 'Dầu cù là thảo dược Thái', 'Thai herbal balm', [50_000, 150_000], [PACK.jar300], 'Dầu cù là từ thảo mộc Thái.', 'Balm of Thai herbs.'),
  p('IV.2', 'Lụa Thái', 'Thai silk', [500_000, 2_500_000], [PACK.fold], 'Lụa Thái dệt tay.', 'Hand-woven Thai silk.'),
  p('I.2.a', 'Gạo Hom Mali', 'Hom Mali jasmine rice', [50_000, 90_000], [PACK.bag2kg], 'Gạo thơm Hom Mali.', 'Fragrant Hom Mali rice.'),
];
const japan: ForeignOrigin['templates'] = [
  p('I.5.a', 'Trà xanh Shizuoka', 'Shizuoka green tea', [250_000, 900_000], [PACK.tin100], 'Trà xanh sencha Shizuoka.', 'Shizuoka sencha.'),
  p('II.1.b', 'Rượu sake', 'Sake', [500_000, 2_500_000], [PACK.bottle750], 'Rượu sake ủ gạo.', 'Brewed rice sake.'),
  p('IV.1', 'Gốm Kiyomizu', 'Kiyomizu ware', [800_000, 6_000_000], [PACK.woodenBox], 'Gốm Kiyomizu Kyoto.', 'Kyoto Kiyomizu ceramics.'),
  p('I.3.b', 'Bánh mochi', 'Mochi', [120_000, 300_000], [PACK.giftBox], 'Bánh mochi nhân đậu đỏ.', 'Mochi with red-bean filling.'),
];

export const FOREIGN_ORIGINS: readonly ForeignOrigin[] = [
  { country: 'LA', countryName: 'Laos', city: 'Pakse', province: 'Champasak', lat: 15.1202, lng: 105.7990, brandWords: ['Bolaven', 'Champa', 'Mekong', 'Naga'], templates: laos },
  { country: 'LA', countryName: 'Laos', city: 'Vientiane', province: 'Vientiane', lat: 17.9757, lng: 102.6331, brandWords: ['Vientiane', 'Lane Xang', 'Lao Heritage'], templates: laos },
  { country: 'TH', countryName: 'Thailand', city: 'Chiang Mai', province: 'Chiang Mai', lat: 18.7883, lng: 98.9853, brandWords: ['Lanna', 'Doi', 'Ping River'], templates: thailand },
  { country: 'TH', countryName: 'Thailand', city: 'Bangkok', province: 'Bangkok', lat: 13.7563, lng: 100.5018, brandWords: ['Siam', 'Chao Phraya', 'Golden Orchid'], templates: thailand },
  { country: 'JP', countryName: 'Japan', city: 'Shizuoka', province: 'Shizuoka', lat: 34.9756, lng: 138.3828, brandWords: ['Fuji', 'Suruga', 'Green Field'], templates: japan },
  { country: 'JP', countryName: 'Japan', city: 'Kyoto', province: 'Kyoto', lat: 35.0116, lng: 135.7681, brandWords: ['Kiyomizu', 'Higashiyama', 'Kamo'], templates: japan },
];
