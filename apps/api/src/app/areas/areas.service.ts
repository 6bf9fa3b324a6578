import { Injectable } from '@nestjs/common';
import type { AreaOption, CaseAreaNames } from '@simpul/contracts';
import { readAreaTable } from './idn-area-data';

const EAST_JAVA = '35';

interface EastJavaAreas {
  regencies: AreaOption[];
  districtsByRegency: Map<string, AreaOption[]>;
  villagesByDistrict: Map<string, AreaOption[]>;
}

/** `KABUPATEN MALANG` → `Kabupaten Malang`; district and village names are already in title case. */
function titleCase(name: string): string {
  return name === name.toUpperCase()
    ? name
        .toLowerCase()
        .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    : name;
}

function groupBy(rows: Record<string, string>[], parent: string): Map<string, AreaOption[]> {
  const groups = new Map<string, AreaOption[]>();
  for (const row of rows) {
    const list = groups.get(row[parent]) ?? [];
    list.push({ code: row['code'], name: titleCase(row['name']) });
    groups.set(row[parent], list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return groups;
}

/**
 * East Java's regencies, districts and villages from the Kemendagri tables (`idn-area-data`),
 * read once per process: the options of area pickers and the check of codes staff submit.
 */
@Injectable()
export class AreasService {
  private areas: Promise<EastJavaAreas> | null = null;

  async regencies(): Promise<AreaOption[]> {
    return (await this.load()).regencies;
  }

  async districts(regencyCode: string): Promise<AreaOption[]> {
    return (await this.load()).districtsByRegency.get(regencyCode) ?? [];
  }

  async villages(districtCode: string): Promise<AreaOption[]> {
    return (await this.load()).villagesByDistrict.get(districtCode) ?? [];
  }

  /** The official names of a location's codes, for people who do not read codes. */
  async namesOf(codes: {
    regencyCode: string | null;
    districtCode: string | null;
    villageCode: string | null;
  }): Promise<CaseAreaNames> {
    const find = (list: AreaOption[] | undefined, code: string | null) =>
      code === null ? null : (list?.find((area) => area.code === code)?.name ?? null);
    const areas = await this.load();
    return {
      regency: find(areas.regencies, codes.regencyCode),
      district: codes.regencyCode
        ? find(areas.districtsByRegency.get(codes.regencyCode), codes.districtCode)
        : null,
      village: codes.districtCode
        ? find(areas.villagesByDistrict.get(codes.districtCode), codes.villageCode)
        : null,
    };
  }

  async isRegency(code: string): Promise<boolean> {
    return (await this.regencies()).some((area) => area.code === code);
  }

  /** The district exists and lies in the regency. */
  async isDistrictOf(code: string, regencyCode: string): Promise<boolean> {
    return (await this.districts(regencyCode)).some((area) => area.code === code);
  }

  /** The village exists and lies in the district. */
  async isVillageOf(code: string, districtCode: string): Promise<boolean> {
    return (await this.villages(districtCode)).some((area) => area.code === code);
  }

  private load(): Promise<EastJavaAreas> {
    this.areas ??= (async () => {
      const [regencies, districts, villages] = await Promise.all([
        readAreaTable('regencies'),
        readAreaTable('districts'),
        readAreaTable('villages'),
      ]);
      const inEastJava = (row: Record<string, string>) => row['code'].startsWith(`${EAST_JAVA}.`);
      return {
        // Kabupaten (35.01–35.29) before kota (35.71–35.79), each in code order, as officials list them.
        regencies: regencies
          .filter((row) => row['province_code'] === EAST_JAVA)
          .map((row) => ({ code: row['code'], name: titleCase(row['name']) }))
          .sort((a, b) => a.code.localeCompare(b.code)),
        districtsByRegency: groupBy(districts.filter(inEastJava), 'regency_code'),
        villagesByDistrict: groupBy(villages.filter(inEastJava), 'district_code'),
      };
    })();
    return this.areas;
  }
}
