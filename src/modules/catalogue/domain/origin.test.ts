import { describe, expect, it } from 'vitest';
import { producerOrigin } from './origin.ts';

describe("a producer's origin", () => {
  it('is the country for a foreign producer, in both languages', () => {
    expect(producerOrigin('JP', 'Tokyo')).toEqual({ vi: 'Nhật Bản', en: 'Japan' });
    expect(producerOrigin('LA', '')).toEqual({ vi: 'Lào', en: 'Laos' });
  });
  it('is the province at home, with its English spelling', () => {
    expect(producerOrigin('VN', 'Hà Nội')).toEqual({ vi: 'Hà Nội', en: 'Hanoi' });
    expect(producerOrigin('VN', 'Nơi lạ')).toEqual({ vi: 'Nơi lạ', en: 'Nơi lạ' });
  });
});
