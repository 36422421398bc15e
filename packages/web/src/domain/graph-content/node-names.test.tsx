import { acronymOf, graphLabel } from './node-names';

const unodc = {
  nameEn: 'United Nations Office on Drugs and Crime',
  nameFr: 'Office des Nations Unies contre la drogue et le crime',
  shortNameEn: 'United Nations Office on Drugs and Crime',
  shortNameFr: 'Office des Nations Unies contre la drogue et le crime',
  aliases: [{ name: 'UNODC' }, { name: 'ONUDC' }],
};

describe('graph labels follow the interface language, acronyms included', () => {
  it('tells an English acronym from a French one by the initials of the name', () => {
    expect(acronymOf('UNODC', unodc.nameEn)).toBe(true);
    expect(acronymOf('UNODC', unodc.nameFr)).toBe(false);
    expect(acronymOf('ONUDC', unodc.nameFr)).toBe(true);
    expect(acronymOf('ONUDC', unodc.nameEn)).toBe(false);
  });

  it('labels UNODC as ONUDC in French, whatever the order of its aliases', () => {
    // The English name fits under a node as it is; the French one is too long.
    expect(graphLabel(unodc, 'en')).toBe(unodc.nameEn);
    expect(graphLabel(unodc, 'fr')).toBe('ONUDC');
    expect(graphLabel({ ...unodc, aliases: [...unodc.aliases].reverse() }, 'fr')).toBe('ONUDC');
  });

  it('takes the API’s short name in the language asked (OHCHR / HCDH)', () => {
    const ohchr = {
      nameEn: 'United Nations Office of the High Commissioner for Human Rights',
      nameFr: "Haut-Commissariat des Nations Unies aux droits de l'homme",
      shortNameEn: 'OHCHR',
      shortNameFr: 'HCDH',
      aliases: [{ name: 'OHCHR' }, { name: 'HCDH' }],
    };
    expect(graphLabel(ohchr, 'en')).toBe('OHCHR');
    expect(graphLabel(ohchr, 'fr')).toBe('HCDH');
  });
});
