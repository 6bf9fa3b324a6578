import type { CaseLocation } from '@simpul/contracts';

/** `Kabupaten Malang` → `Kab. Malang`; a city keeps its `Kota`. */
function regencyLabel(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ');
}

/** Kemendagri village codes: `1xxx` is a kelurahan, `2xxx` a desa. */
function villageLabel(name: string, code: string | null): string {
  const kind = code?.split('.')[3]?.charAt(0);
  return `${kind === '1' ? 'Kel.' : 'Desa'} ${name}`;
}

/**
 * The place as officers say it: "Kab. Malang · Kec. Lawang · Desa Mulyoarjo", from the names the
 * API sends with the codes; null when no name is known (the codes are shown instead).
 */
export function areaLabel(
  location: Pick<CaseLocation, 'areaNames' | 'villageCode'>,
): string | null {
  const names = location.areaNames;
  if (!names) return null;
  const parts = [
    names.regency ? regencyLabel(names.regency) : null,
    names.district ? `Kec. ${names.district}` : null,
    names.village ? villageLabel(names.village, location.villageCode) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}
