import type { Localized } from '../../../shared/localized.ts';
import { PACK } from './packaging.ts';

/**
 * What a producer makes: templates of products for each specialty. `{place}` is replaced by the
 * village, commune or province name (without accents in English).
 */
export interface ProductTemplate {
  /** A leaf category. */
  leaf: string;
  name: Localized;
  description: Localized;
  packaging: readonly Localized[];
  /** Typical retail price range in VND. */
  price: readonly [min: number, max: number];
}

const t = (
  leaf: string,
  vi: string,
  en: string,
  price: readonly [number, number],
  packaging: readonly Localized[],
  descriptionVi: string,
  descriptionEn: string,
): ProductTemplate => ({ leaf, name: { vi, en }, description: { vi: descriptionVi, en: descriptionEn }, packaging, price });

export type SpecialtyKey =
  | 'ceramics'
  | 'silk'
  | 'rattan'
  | 'lacquer'
  | 'pearl-inlay'
  | 'carving'
  | 'woodcraft'
  | 'sticky-rice-cakes'
  | 'duong-lam-foods'
  | 'sai-son'
  | 'tailoring'
  | 'soy-vermicelli'
  | 'pork-rolls'
  | 'green-rice'
  | 'incense'
  | 'conical-hats'
  | 'bamboo-toys'
  | 'flowers'
  | 'peach-kumquat'
  | 'sticky-rice'
  | 'huong-son'
  | 'ba-vi'
  | 'craft-tourism'
  | 'farm-produce'
  | 'processed-food'
  | 'drinks'
  | 'tea'
  | 'herbal'
  | 'ornamental'
  | 'eco-tourism';

export const SPECIALTIES: Readonly<Record<SpecialtyKey, readonly ProductTemplate[]>> = {
  ceramics: [
    t('IV.1', 'Bình gốm {place} men rạn', '{place} crackle-glaze vase', [350_000, 2_500_000], [PACK.piece, PACK.giftBox], 'Bình gốm men rạn nung ở 1.200°C, vết rạn tự nhiên như vân cổ.', 'Crackle-glaze vase fired at 1,200°C; the crazing forms naturally, like antique ware.'),
    t('IV.1', 'Bộ ấm chén men lam {place}', '{place} blue-glaze tea set', [450_000, 3_500_000], [PACK.set, PACK.woodenBox], 'Bộ ấm chén vẽ lam thủ công trên men trắng ngà.', 'Tea set hand-painted in cobalt blue on ivory glaze.'),
    t('IV.1', 'Bình hút lộc gốm {place}', '{place} ceramic fortune jar', [600_000, 4_000_000], [PACK.piece, PACK.woodenBox], 'Bình hút lộc đắp nổi rồng phượng, dùng trang trí và làm quà tặng.', 'Fortune jar with raised dragon-and-phoenix relief, a favourite gift.'),
    t('IV.1', 'Lọ hoa men hỏa biến {place}', '{place} flambé-glaze flower vase', [300_000, 1_800_000], [PACK.piece], 'Men hỏa biến đổi màu theo nhiệt lò, mỗi chiếc một vẻ.', 'Flambé glaze changes colour with the kiln heat, so no two pieces match.'),
    t('IV.1', 'Bộ bát đĩa sứ vẽ tay {place}', '{place} hand-painted porcelain dinner set', [900_000, 6_000_000], [PACK.set], 'Bộ bát đĩa sứ vẽ tay họa tiết sen, an toàn thực phẩm.', 'Food-safe porcelain dinner set hand-painted with lotus motifs.'),
    t('IV.1', 'Đèn gốm thấu quang {place}', '{place} translucent ceramic lamp', [700_000, 2_200_000], [PACK.piece, PACK.giftBox], 'Đèn gốm mỏng thấu quang, chạm lỗ hoa văn truyền thống.', 'Thin translucent ceramic lamp pierced with traditional patterns.'),
  ],
  silk: [
    t('IV.2', 'Lụa tơ tằm {place}', '{place} mulberry silk', [250_000, 900_000], [PACK.roll, PACK.fold], 'Lụa tơ tằm dệt trên khung cửi, mềm mát, bền màu.', 'Mulberry silk woven on the loom: soft, cool and colourfast.'),
    t('IV.2', 'Khăn lụa {place} in hoa', '{place} printed silk scarf', [150_000, 450_000], [PACK.fold, PACK.giftBox], 'Khăn lụa in hoa văn sen và chim lạc.', 'Silk scarf printed with lotus and Lac-bird patterns.'),
    t('IV.2', 'Lụa vân {place}', '{place} patterned van silk', [300_000, 1_100_000], [PACK.roll], 'Lụa vân dệt hoa chìm, loại lụa nổi tiếng của làng.', 'Van silk with woven-in patterns, the village’s signature fabric.'),
    t('IV.2', 'Áo dài lụa {place}', '{place} silk ao dai', [1_200_000, 4_500_000], [PACK.fold, PACK.giftBox], 'Áo dài may từ lụa tơ tằm của làng, may đo theo số đo.', 'Ao dai tailored to measure from the village’s own silk.'),
    t('IV.2', 'Chăn lụa tơ tằm dệt thủ công {place}', '{place} hand-woven silk quilt', [2_500_000, 9_000_000], [PACK.woodenBox], 'Chăn lụa tơ tằm dệt thủ công, nhẹ, ấm về đông, mát về hè.', 'Hand-woven silk quilt, light; warm in winter and cool in summer.'),
  ],
  rattan: [
    t('IV.1', 'Giỏ mây tre đan {place}', '{place} rattan and bamboo basket', [80_000, 450_000], [PACK.piece], 'Giỏ đan tay từ mây, tre đã xử lý chống mốc.', 'Hand-woven basket of mould-treated rattan and bamboo.'),
    t('IV.1', 'Khay mây {place}', '{place} rattan tray', [120_000, 380_000], [PACK.piece], 'Khay mây đan nan mịn, dùng bày trà và hoa quả.', 'Finely woven rattan tray for tea or fruit.'),
    t('IV.1', 'Đèn mây tre {place}', '{place} rattan pendant lamp', [250_000, 1_200_000], [PACK.piece], 'Chao đèn mây tre đan, ánh sáng ấm.', 'Woven rattan lampshade with a warm light.'),
    t('IV.1', 'Bộ bàn ghế mây {place}', '{place} rattan furniture set', [3_500_000, 15_000_000], [PACK.set], 'Bộ bàn ghế mây khung gỗ, đan tay hoàn toàn.', 'Rattan furniture on wooden frames, woven entirely by hand.'),
  ],
  lacquer: [
    t('IV.1', 'Tranh sơn mài {place}', '{place} lacquer painting', [1_500_000, 25_000_000], [PACK.piece, PACK.woodenBox], 'Tranh sơn mài vẽ và mài thủ công qua hàng chục lớp sơn ta.', 'Lacquer painting built up and polished by hand through dozens of coats.'),
    t('IV.1', 'Hộp sơn mài {place}', '{place} lacquer box', [250_000, 1_500_000], [PACK.giftBox], 'Hộp sơn mài khảm vỏ trứng.', 'Lacquer box inlaid with eggshell.'),
    t('IV.1', 'Bình sơn mài {place}', '{place} lacquer vase', [600_000, 3_000_000], [PACK.piece], 'Bình gỗ phủ sơn mài son then.', 'Wooden vase finished in red-and-black lacquer.'),
    t('IV.1', 'Khay sơn mài {place}', '{place} lacquer tray', [200_000, 900_000], [PACK.piece, PACK.giftBox], 'Khay sơn mài vẽ tay, chống nước.', 'Hand-painted water-resistant lacquer tray.'),
  ],
  'pearl-inlay': [
    t('IV.1', 'Tranh khảm trai {place}', '{place} mother-of-pearl inlaid painting', [1_200_000, 18_000_000], [PACK.piece, PACK.woodenBox], 'Tranh khảm trai trên nền gỗ, cắt và ghép từng mảnh xà cừ.', 'Mother-of-pearl picture on wood, each piece of nacre cut and set by hand.'),
    t('IV.1', 'Hộp khảm trai {place}', '{place} mother-of-pearl inlaid box', [350_000, 2_500_000], [PACK.giftBox], 'Hộp gỗ khảm trai đựng trang sức.', 'Wooden jewellery box inlaid with mother-of-pearl.'),
    t('IV.1', 'Khay trà khảm trai {place}', '{place} mother-of-pearl tea tray', [600_000, 3_000_000], [PACK.piece], 'Khay trà gỗ gụ khảm trai.', 'Rosewood tea tray inlaid with mother-of-pearl.'),
  ],
  carving: [
    t('IV.1', 'Tượng gỗ sơn son thếp vàng {place}', '{place} gilded red-lacquered wooden statue', [3_000_000, 40_000_000], [PACK.woodenBox], 'Tượng gỗ mít chạm tay, sơn son thếp vàng theo lối cổ.', 'Hand-carved jackfruit-wood statue, red-lacquered and gilded the old way.'),
    t('IV.1', 'Hoành phi câu đối {place}', '{place} carved horizontal lacquered board and couplets', [5_000_000, 30_000_000], [PACK.piece], 'Hoành phi câu đối chạm chữ Hán Nôm, sơn son thếp vàng.', 'Carved lacquered boards and couplets in Han-Nom script, gilded.'),
    t('IV.1', 'Đèn lồng gỗ chạm {place}', '{place} carved wooden lantern', [800_000, 3_500_000], [PACK.piece], 'Đèn lồng gỗ chạm thủng hoa văn.', 'Wooden lantern with pierced carving.'),
  ],
  woodcraft: [
    t('IV.1', 'Tượng gỗ mỹ nghệ {place}', '{place} carved wooden figure', [600_000, 12_000_000], [PACK.piece, PACK.woodenBox], 'Tượng gỗ chạm tay theo mẫu truyền thống.', 'Hand-carved wooden figure after traditional models.'),
    t('IV.1', 'Tranh gỗ phù điêu {place}', '{place} wooden relief panel', [1_000_000, 8_000_000], [PACK.piece], 'Tranh phù điêu gỗ đục nổi cảnh làng quê.', 'Wooden relief panel of village scenes.'),
    t('IV.1', 'Hộp gỗ chạm {place}', '{place} carved wooden box', [250_000, 900_000], [PACK.giftBox], 'Hộp gỗ hương chạm hoa văn.', 'Carved rosewood box.'),
  ],
  'sticky-rice-cakes': [
    t('I.3.b', 'Bánh chưng {place}', '{place} square sticky-rice cake', [50_000, 120_000], [PACK.leafWrap], 'Bánh chưng gói lá dong, nhân đậu xanh thịt lợn, luộc 10 tiếng.', 'Banh chung wrapped in dong leaves with mung bean and pork, boiled for ten hours.'),
    t('I.3.b', 'Bánh giầy {place}', '{place} glutinous rice cake (banh giay)', [5_000, 15_000], [PACK.box200], 'Bánh giầy giã tay từ gạo nếp cái hoa vàng.', 'Banh giay pounded by hand from yellow-flower sticky rice.'),
    t('I.3.d', 'Giò lụa {place}', '{place} pork roll (gio lua)', [180_000, 260_000], [PACK.leafWrap], 'Giò lụa giã tay từ thịt nạc tươi, gói lá chuối.', 'Gio lua pounded by hand from fresh lean pork, wrapped in banana leaves.'),
  ],
  'duong-lam-foods': [
    t('I.3.c', 'Kẹo lạc {place}', '{place} peanut candy', [35_000, 60_000], [PACK.box200, PACK.giftBox], 'Kẹo lạc nấu mạch nha, lạc rang củi.', 'Peanut candy made with malt syrup and wood-roasted peanuts.'),
    t('I.3.c', 'Kẹo vừng {place}', '{place} sesame candy', [35_000, 60_000], [PACK.box200], 'Kẹo vừng đen cán mỏng, giòn.', 'Thin crunchy black-sesame candy.'),
    t('I.3.b', 'Chè lam {place}', '{place} ginger rice sweet (che lam)', [40_000, 80_000], [PACK.box200, PACK.giftBox], 'Chè lam làm từ bột nếp, mật mía và gừng.', 'Che lam of sticky-rice flour, cane molasses and ginger.'),
    t('I.4.a', 'Tương {place}', '{place} fermented soybean sauce', [30_000, 60_000], [PACK.bottle500], 'Tương ủ chum từ đậu tương và xôi nếp.', 'Soybean sauce fermented in clay jars with sticky rice.'),
    t('I.1.b', 'Gà Mía {place}', '{place} Mia chicken', [160_000, 280_000], [PACK.whole, PACK.perKg], 'Gà Mía thả vườn, giống gà quý của làng cổ.', 'Free-range Mia chicken, the ancient village’s prized breed.'),
    t('I.3.b', 'Bánh tẻ {place}', '{place} rice-flour leaf cake (banh te)', [5_000, 10_000], [PACK.leafWrap], 'Bánh tẻ bột gạo tẻ, nhân thịt mộc nhĩ.', 'Rice-flour cake filled with pork and wood-ear mushroom.'),
  ],
  'sai-son': [
    t('I.1.a', 'Rau an toàn {place}', '{place} safe-grown vegetables', [20_000, 45_000], [PACK.perKg], 'Rau trồng theo quy trình VietGAP.', 'Vegetables grown to VietGAP standards.'),
    t('I.3.b', 'Bánh tẻ {place}', '{place} rice-flour leaf cake (banh te)', [5_000, 10_000], [PACK.leafWrap], 'Bánh tẻ gói lá dong, đặc sản vùng chùa Thầy.', 'Rice cake in dong leaves, a speciality of the Thay Pagoda area.'),
    t('VI.1', 'Du lịch tâm linh chùa Thầy {place}', '{place} Thay Pagoda heritage tour', [150_000, 450_000], [PACK.ticket], 'Tham quan chùa Thầy, xem múa rối nước và trải nghiệm làng quê.', 'Visit Thay Pagoda, watch water puppetry and experience village life.'),
    t('I.2.b', 'Mật ong {place}', '{place} honey', [200_000, 350_000], [PACK.jar500], 'Mật ong nuôi quanh núi Sài Sơn.', 'Honey from hives around Sai Son mountain.'),
  ],
  tailoring: [
    t('IV.2', 'Áo dài may đo {place}', '{place} tailored ao dai', [1_200_000, 3_500_000], [PACK.fold, PACK.giftBox], 'Áo dài may đo theo số đo, đường may tỉ mỉ của làng nghề may.', 'Ao dai tailored to measure with the tailoring village’s fine seams.'),
    t('IV.2', 'Áo dài cách tân {place}', '{place} modern ao dai', [650_000, 1_800_000], [PACK.fold], 'Áo dài cách tân dáng suông.', 'Loose-fitting modern ao dai.'),
    t('IV.2', 'Bộ comple may đo {place}', '{place} tailored suit', [2_500_000, 6_000_000], [PACK.fold], 'Comple may đo dáng Âu.', 'Made-to-measure suit in a Western cut.'),
  ],
  'soy-vermicelli': [
    t('I.4.a', 'Tương {place}', '{place} fermented soybean sauce', [25_000, 55_000], [PACK.bottle500], 'Tương nếp ủ chum phơi nắng, vị ngọt hậu.', 'Sun-fermented sticky-rice soy sauce with a sweet finish.'),
    t('I.3.b', 'Miến dong {place}', '{place} arrowroot vermicelli', [60_000, 110_000], [PACK.bag500], 'Miến dong sợi dai, phơi nắng tự nhiên.', 'Chewy arrowroot vermicelli, sun-dried.'),
    t('I.3.b', 'Bún khô {place}', '{place} dried rice noodles', [30_000, 55_000], [PACK.bag500], 'Bún khô làm từ gạo tẻ, không chất tẩy trắng.', 'Dried rice noodles with no bleaching agents.'),
  ],
  'pork-rolls': [
    t('I.3.d', 'Giò lụa {place}', '{place} pork roll (gio lua)', [200_000, 280_000], [PACK.leafWrap], 'Giò lụa làng nghề giò chả, giã thủ công.', 'Hand-pounded pork roll from the pork-roll village.'),
    t('I.3.d', 'Chả quế {place}', '{place} cinnamon pork roll', [220_000, 300_000], [PACK.leafWrap], 'Chả quế nướng than hoa thơm mùi quế.', 'Charcoal-grilled cinnamon pork roll.'),
    t('I.3.d', 'Giò bò {place}', '{place} beef roll', [280_000, 360_000], [PACK.leafWrap], 'Giò bò giòn, gói lá chuối.', 'Crunchy beef roll in banana leaves.'),
  ],
  'green-rice': [
    t('I.3.b', 'Cốm {place}', '{place} young green rice flakes', [250_000, 350_000], [PACK.leafWrap, PACK.box200], 'Cốm làm từ lúa nếp non, gói lá sen.', 'Flakes of young sticky rice, wrapped in lotus leaves.'),
    t('I.3.b', 'Bánh cốm {place}', '{place} green rice cake', [60_000, 120_000], [PACK.giftBox], 'Bánh cốm nhân đậu xanh, dùng trong lễ ăn hỏi.', 'Green rice cake with mung-bean filling, served at betrothals.'),
    t('I.3.c', 'Chè cốm {place}', '{place} green rice pudding', [40_000, 70_000], [PACK.jar300], 'Chè cốm nấu đường phèn.', 'Green rice pudding cooked with rock sugar.'),
  ],
  incense: [
    t('IV.1', 'Hương trầm {place}', '{place} agarwood incense', [60_000, 450_000], [PACK.bundle], 'Hương làm thủ công từ bột trầm và quế, không hóa chất.', 'Hand-rolled incense of agarwood and cinnamon powder, no chemicals.'),
    t('IV.1', 'Hương vòng {place}', '{place} coil incense', [50_000, 200_000], [PACK.giftBox], 'Hương vòng cháy lâu, dùng trong đình chùa.', 'Long-burning coil incense for temples.'),
    t('III.3', 'Hương quế thảo dược {place}', '{place} cinnamon herbal incense', [45_000, 150_000], [PACK.bundle], 'Hương quế từ vỏ quế và thảo mộc.', 'Incense of cinnamon bark and herbs.'),
  ],
  'conical-hats': [
    t('IV.1', 'Nón lá {place}', '{place} conical leaf hat', [80_000, 350_000], [PACK.piece], 'Nón lá chuông khâu 16 vòng, lá cọ phơi sương.', 'Sixteen-ring conical hat of dew-bleached palm leaves.'),
    t('IV.1', 'Nón quai thao {place}', '{place} flat-brimmed quai thao hat', [250_000, 700_000], [PACK.piece], 'Nón quai thao dùng trong lễ hội quan họ.', 'Quai thao hat worn at folk-song festivals.'),
  ],
  'bamboo-toys': [
    t('IV.1', 'Chuồn chuồn tre {place}', '{place} balancing bamboo dragonfly', [25_000, 80_000], [PACK.piece, PACK.giftBox], 'Chuồn chuồn tre thăng bằng trên đầu ngón tay.', 'Bamboo dragonfly that balances on a fingertip.'),
    t('IV.1', 'Đồ chơi tre {place}', '{place} bamboo toy', [30_000, 120_000], [PACK.piece], 'Đồ chơi dân gian bằng tre, sơn màu an toàn.', 'Folk toy of bamboo with child-safe paints.'),
  ],
  flowers: [
    t('V.1', 'Hoa hồng {place}', '{place} roses', [80_000, 250_000], [PACK.bunch], 'Hoa hồng trồng trong nhà lưới, cắt sáng sớm.', 'Greenhouse roses cut at dawn.'),
    t('V.1', 'Lan hồ điệp {place}', '{place} phalaenopsis orchids', [350_000, 1_500_000], [PACK.pot], 'Lan hồ điệp chậu, nở bền 2–3 tháng.', 'Potted phalaenopsis that flower for two to three months.'),
    t('V.1', 'Hoa cúc {place}', '{place} chrysanthemums', [50_000, 150_000], [PACK.bunch], 'Hoa cúc họa mi và cúc vàng theo mùa.', 'Seasonal daisy and yellow chrysanthemums.'),
    t('V.1', 'Hoa ly {place}', '{place} lilies', [150_000, 400_000], [PACK.bunch], 'Hoa ly thơm, bông to.', 'Fragrant large-flowered lilies.'),
  ],
  'peach-kumquat': [
    t('V.2', 'Đào thế {place}', '{place} trained peach tree', [1_500_000, 30_000_000], [PACK.pot], 'Đào thế uốn dáng, nở đúng Tết.', 'Shaped peach tree timed to bloom for Tet.'),
    t('V.2', 'Quất cảnh {place}', '{place} ornamental kumquat', [600_000, 8_000_000], [PACK.pot], 'Quất cảnh sai quả, dáng tròn.', 'Round, heavily fruiting ornamental kumquat.'),
    t('V.2', 'Bonsai {place}', '{place} bonsai', [400_000, 12_000_000], [PACK.pot], 'Cây bonsai dáng trực, chậu gốm men.', 'Upright-style bonsai in a glazed pot.'),
  ],
  'sticky-rice': [
    t('I.3.b', 'Xôi {place}', '{place} sticky rice', [15_000, 40_000], [PACK.leafWrap], 'Xôi nếp cái hoa vàng, hạt dẻo thơm.', 'Fragrant yellow-flower sticky rice.'),
    t('I.3.b', 'Xôi vò {place}', '{place} mung-bean sticky rice', [20_000, 40_000], [PACK.box200], 'Xôi vò đậu xanh tơi hạt.', 'Loose sticky rice rolled in mung bean.'),
  ],
  'huong-son': [
    t('I.3.c', 'Mơ ngâm {place}', '{place} pickled apricots', [60_000, 150_000], [PACK.jar500], 'Mơ lông Hương Sơn ngâm đường.', 'Hương Sơn downy apricots preserved in sugar.'),
    t('II.1.b', 'Rượu mơ {place}', '{place} apricot liqueur', [120_000, 250_000], [PACK.bottle500, PACK.bottle750], 'Rượu mơ ngâm từ mơ lông và rượu gạo.', 'Apricot liqueur of downy apricots steeped in rice spirit.'),
    t('I.3.c', 'Ô mai mơ {place}', '{place} salted apricot (o mai)', [80_000, 180_000], [PACK.box200], 'Ô mai mơ gừng, chua ngọt.', 'Sweet-and-sour ginger apricot o mai.'),
    t('VI.1', 'Du lịch lễ hội chùa Hương {place}', '{place} Perfume Pagoda boat and pilgrimage tour', [200_000, 600_000], [PACK.ticket], 'Đi đò suối Yến, vãn cảnh chùa Hương.', 'Boat along Yen stream and visit the Perfume Pagoda.'),
  ],
  'ba-vi': [
    t('III.1', 'Thuốc tắm người Dao {place}', '{place} Dao herbal bath', [80_000, 200_000], [PACK.bag500], 'Bài thuốc tắm của người Dao từ hơn 20 loại lá rừng.', 'The Dao people’s herbal bath of more than twenty forest leaves.'),
    t('III.1', 'Cao xương khớp thảo dược {place}', '{place} herbal joint balm', [150_000, 450_000], [PACK.jar300], 'Cao thảo dược theo bài thuốc gia truyền.', 'Herbal balm from a family remedy.'),
    t('I.1.b', 'Sữa tươi {place}', '{place} fresh milk', [25_000, 45_000], [PACK.bottle500], 'Sữa bò tươi thanh trùng từ trang trại chân núi.', 'Pasteurised fresh milk from farms at the foot of the mountain.'),
    t('I.5.a', 'Chè xanh {place}', '{place} green tea', [150_000, 400_000], [PACK.box200, PACK.tin100], 'Chè búp xanh sao tay.', 'Hand-roasted green tea buds.'),
    t('III.3', 'Tinh dầu quế {place}', '{place} cinnamon essential oil', [120_000, 280_000], [PACK.bottle350], 'Tinh dầu quế chưng cất hơi nước.', 'Steam-distilled cinnamon oil.'),
  ],
  'craft-tourism': [
    t('VI.1', 'Tour trải nghiệm làng nghề {place}', '{place} craft-village experience tour', [150_000, 600_000], [PACK.ticket], 'Tham quan xưởng, tự tay làm sản phẩm cùng nghệ nhân.', 'Tour the workshops and make a piece with a master artisan.'),
    t('VI.1', 'Điểm du lịch làng nghề {place}', '{place} craft-village visitor site', [50_000, 200_000], [PACK.ticket], 'Không gian trưng bày, trình diễn và bán sản phẩm làng nghề.', 'Display, demonstration and sales space for the village’s crafts.'),
  ],
  'farm-produce': [
    t('I.1.a', 'Bưởi {place}', '{place} pomelo', [40_000, 90_000], [PACK.perKg], 'Bưởi trồng theo VietGAP, múi mọng, vị ngọt thanh.', 'VietGAP pomelo: juicy segments, lightly sweet.'),
    t('I.1.a', 'Nhãn chín muộn {place}', '{place} late-season longan', [35_000, 70_000], [PACK.perKg], 'Nhãn chín muộn cùi dày, hạt nhỏ.', 'Late-season longan with thick flesh and a small seed.'),
    t('I.1.a', 'Rau an toàn {place}', '{place} safe-grown vegetables', [20_000, 45_000], [PACK.perKg], 'Rau trồng theo quy trình an toàn.', 'Vegetables grown to a safe-farming process.'),
    t('I.1.b', 'Trứng gà sạch {place}', '{place} free-range eggs', [35_000, 55_000], [PACK.tray], 'Trứng gà thả vườn, ăn ngô.', 'Eggs from corn-fed free-range hens.'),
    t('I.1.b', 'Cá trắm {place}', '{place} grass carp', [80_000, 140_000], [PACK.perKg], 'Cá trắm nuôi ao nước chảy.', 'Grass carp raised in flowing-water ponds.'),
    t('I.2.a', 'Gạo nếp cái hoa vàng {place}', '{place} yellow-flower sticky rice', [35_000, 60_000], [PACK.bag2kg], 'Gạo nếp cái hoa vàng hạt tròn, dẻo thơm.', 'Round-grained, fragrant yellow-flower sticky rice.'),
    t('I.2.a', 'Gạo tám thơm {place}', '{place} fragrant tam rice', [25_000, 45_000], [PACK.bag2kg], 'Gạo tám thơm vụ mùa.', 'Fragrant tam rice from the main harvest.'),
    t('I.2.b', 'Mật ong hoa nhãn {place}', '{place} longan-blossom honey', [180_000, 350_000], [PACK.jar500], 'Mật ong hoa nhãn nguyên chất.', 'Pure longan-blossom honey.'),
  ],
  'processed-food': [
    t('I.3.a', 'Nem rán {place}', '{place} fried spring rolls', [90_000, 160_000], [PACK.bag500], 'Nem rán cấp đông, chỉ cần chiên lại.', 'Frozen spring rolls, ready to fry.'),
    t('I.3.a', 'Bún chả đóng gói {place}', '{place} packaged bun cha', [60_000, 110_000], [PACK.box200], 'Bộ bún chả ăn liền, chả nướng than hoa.', 'Ready-to-eat bun cha kit with charcoal-grilled pork.'),
    t('I.3.b', 'Bánh đa {place}', '{place} rice crackers', [25_000, 50_000], [PACK.bag500], 'Bánh đa vừng nướng giòn.', 'Crisp toasted sesame rice crackers.'),
    t('I.3.b', 'Miến dong {place}', '{place} arrowroot vermicelli', [60_000, 110_000], [PACK.bag500], 'Miến dong phơi nắng, không phẩm màu.', 'Sun-dried arrowroot vermicelli, no colouring.'),
    t('I.3.c', 'Ô mai {place}', '{place} o mai (salted dried fruit)', [80_000, 200_000], [PACK.box200, PACK.giftBox], 'Ô mai sấu, mơ, mận theo công thức Hà Nội.', 'O mai of sau, apricot and plum in the Hanoi style.'),
    t('I.3.c', 'Hoa quả sấy {place}', '{place} dried fruit', [70_000, 150_000], [PACK.bag500], 'Hoa quả sấy lạnh giữ màu tự nhiên.', 'Freeze-dried fruit keeping its natural colour.'),
    t('I.3.d', 'Ruốc thịt {place}', '{place} pork floss', [300_000, 450_000], [PACK.jar300], 'Ruốc thịt lợn sấy tơi.', 'Fluffy dried pork floss.'),
    t('I.3.d', 'Lạp xưởng {place}', '{place} Chinese-style sausage', [180_000, 280_000], [PACK.bag500], 'Lạp xưởng thịt nạc, phơi nắng.', 'Lean sun-dried sausage.'),
    t('I.4.b', 'Muối vừng {place}', '{place} sesame salt', [30_000, 60_000], [PACK.jar300], 'Muối vừng lạc rang.', 'Roasted sesame and peanut salt.'),
    t('I.4.a', 'Giấm gạo {place}', '{place} rice vinegar', [25_000, 45_000], [PACK.bottle500], 'Giấm gạo lên men tự nhiên.', 'Naturally fermented rice vinegar.'),
  ],
  drinks: [
    t('II.1.a', 'Rượu nếp cái hoa vàng {place}', '{place} yellow-flower rice spirit', [90_000, 250_000], [PACK.bottle500, PACK.bottle750], 'Rượu nấu từ nếp cái hoa vàng, hạ thổ một năm.', 'Spirit distilled from yellow-flower sticky rice, aged underground for a year.'),
    t('II.1.a', 'Rượu làng {place}', '{place} village rice spirit', [70_000, 180_000], [PACK.bottle500], 'Rượu gạo nấu thủ công, lọc độc tố aldehyde.', 'Hand-distilled rice spirit, filtered of aldehydes.'),
    t('II.1.b', 'Rượu vang sim {place}', '{place} rose-myrtle wine', [150_000, 300_000], [PACK.bottle750], 'Rượu vang lên men từ quả sim rừng.', 'Wine fermented from wild rose-myrtle berries.'),
    t('II.2.a', 'Nước uống tinh khiết {place}', '{place} purified drinking water', [5_000, 12_000], [PACK.bottle350], 'Nước lọc RO, khoáng hóa nhẹ.', 'RO-filtered water, lightly remineralised.'),
    t('II.2.b', 'Nước cốt gừng {place}', '{place} ginger concentrate drink', [60_000, 120_000], [PACK.bottle500], 'Nước cốt gừng mật ong pha sẵn.', 'Ready-mixed ginger and honey drink.'),
    t('II.2.b', 'Sữa đậu nành {place}', '{place} soy milk', [15_000, 30_000], [PACK.bottle350], 'Sữa đậu nành nguyên chất, ít đường.', 'Pure soy milk, low in sugar.'),
  ],
  tea: [
    t('I.5.a', 'Trà sen {place}', '{place} lotus-scented tea', [800_000, 3_000_000], [PACK.tin100, PACK.woodenBox], 'Chè Thái Nguyên ướp gạo sen, theo cách người Hà Nội.', 'Thai Nguyen tea scented with lotus stamens, the Hanoi way.'),
    t('I.5.a', 'Trà nhài {place}', '{place} jasmine tea', [150_000, 400_000], [PACK.box200], 'Trà xanh ướp hoa nhài tươi.', 'Green tea scented with fresh jasmine.'),
    t('I.5.b', 'Trà hoa cúc {place}', '{place} chrysanthemum tea', [90_000, 200_000], [PACK.box200, PACK.sachet], 'Hoa cúc sấy lạnh pha trà.', 'Freeze-dried chrysanthemum for infusion.'),
    t('I.5.b', 'Trà gừng {place}', '{place} ginger tea', [60_000, 120_000], [PACK.sachet], 'Trà gừng túi lọc.', 'Ginger tea in bags.'),
    t('I.6', 'Cà phê rang xay {place}', '{place} roast ground coffee', [120_000, 300_000], [PACK.bag500], 'Cà phê rang mộc, xay theo yêu cầu.', 'Plain-roasted coffee, ground to order.'),
  ],
  herbal: [
    t('III.1', 'Cao atiso {place}', '{place} artichoke extract', [150_000, 350_000], [PACK.jar300], 'Cao atiso cô đặc, hỗ trợ tiêu hóa.', 'Concentrated artichoke extract for digestion.'),
    t('III.1', 'Viên thảo dược {place}', '{place} herbal pills', [180_000, 450_000], [PACK.jar300], 'Viên hoàn thảo dược theo bài thuốc nam.', 'Herbal pills from a traditional southern remedy.'),
    t('III.2', 'Dầu gội bồ kết {place}', '{place} soapberry shampoo', [80_000, 180_000], [PACK.bottle350], 'Dầu gội bồ kết, hương nhu, vỏ bưởi.', 'Shampoo of soapberry, basil and pomelo peel.'),
    t('III.2', 'Xà phòng thảo dược {place}', '{place} herbal soap', [40_000, 90_000], [PACK.box200], 'Xà phòng thủ công từ dầu dừa và thảo mộc.', 'Handmade soap of coconut oil and herbs.'),
    t('III.2', 'Son dưỡng thiên nhiên {place}', '{place} natural lip balm', [60_000, 150_000], [PACK.tube], 'Son dưỡng sáp ong và dầu gấc.', 'Lip balm of beeswax and gac oil.'),
    t('III.3', 'Tinh dầu sả chanh {place}', '{place} lemongrass essential oil', [80_000, 200_000], [PACK.bottle350], 'Tinh dầu sả chanh nguyên chất.', 'Pure lemongrass essential oil.'),
    t('III.3', 'Tinh dầu bưởi {place}', '{place} pomelo-peel essential oil', [90_000, 220_000], [PACK.bottle350], 'Tinh dầu vỏ bưởi dưỡng tóc.', 'Pomelo-peel oil for hair care.'),
  ],
  ornamental: [
    t('V.1', 'Hoa lan {place}', '{place} orchids', [250_000, 1_200_000], [PACK.pot], 'Lan chậu nhiều màu.', 'Potted orchids in many colours.'),
    t('V.2', 'Cây cảnh để bàn {place}', '{place} desk plant', [150_000, 600_000], [PACK.pot], 'Cây cảnh mini chậu gốm.', 'Mini plant in a ceramic pot.'),
    t('V.2', 'Bonsai {place}', '{place} bonsai', [400_000, 12_000_000], [PACK.pot], 'Bonsai tạo dáng thủ công.', 'Hand-shaped bonsai.'),
    t('V.3', 'Cá chép Koi {place}', '{place} koi carp', [300_000, 5_000_000], [PACK.tank], 'Cá Koi thuần chủng nuôi tại trại.', 'Pure-bred koi raised on the farm.'),
    t('V.3', 'Cá cảnh {place}', '{place} aquarium fish', [30_000, 300_000], [PACK.tank], 'Cá cảnh nước ngọt, giao kèm túi oxy.', 'Freshwater aquarium fish, shipped in oxygen bags.'),
    t('V.3', 'Chim chào mào {place}', '{place} red-whiskered bulbul', [500_000, 3_000_000], [PACK.piece], 'Chim cảnh nuôi thuần, có lồng.', 'Hand-raised songbird with cage.'),
  ],
  'eco-tourism': [
    t('VI.1', 'Du lịch sinh thái {place}', '{place} eco-tourism', [100_000, 500_000], [PACK.ticket], 'Trải nghiệm nông nghiệp, câu cá, ẩm thực đồng quê.', 'Farm experience, fishing and country food.'),
    t('VI.1', 'Homestay {place}', '{place} homestay', [300_000, 900_000], [PACK.ticket], 'Nhà nghỉ trong nhà cổ, ăn cơm cùng chủ nhà.', 'Stay in an old house and eat with the hosts.'),
    t('VI.1', 'Điểm du lịch cộng đồng {place}', '{place} community tourism site', [50_000, 250_000], [PACK.ticket], 'Điểm du lịch do cộng đồng quản lý.', 'A tourist site run by the community.'),
  ],
};
