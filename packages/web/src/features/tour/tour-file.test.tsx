import { MALI_FRAMEWORK_TOUR } from '../../domain/tour/builtin-tours';
import { validateTour } from '../../domain/tour/tour-schema';
import { stepView, type Tour } from '../../domain/view-state/view-state';
import { encodeTourParam } from '../../domain/view-url/tour-url';
import { addStep, editStepText, moveStep, removeStep, renameTour } from './edit-tour';
import { tourText } from '../../domain/tour/tour-text';
import { readTourFile, tourFileName, tourToFile } from './tour-file';

const tour: Tour = {
  title: 'Atelier de Bamako',
  steps: [
    {
      title: 'La loi',
      caption: 'Adoptée en 2012.',
      view: stepView({ focus: 'ml-law-2012-023', asOf: '2012' }),
    },
    {
      title: { en: 'Paths', fr: 'Chemins' },
      caption: '',
      view: stepView({
        focus: 'ml-mali',
        layout: 'timeline',
        hiddenNodeKinds: ['PLACE'],
        pathFrom: 'ml-decree-2011-036',
        pathTo: 'un-tip-protocol',
        selected: { type: 'relation', id: 'ml-mali.PARTY_TO.un-tip-protocol' },
      }),
    },
  ],
};

describe('editing a tour', () => {
  it('adds, moves, removes and renames, and any edit makes a built-in tour the trainer’s own', () => {
    const step = tour.steps[0]!;
    const edited = addStep(MALI_FRAMEWORK_TOUR, step);
    expect(edited.id).toBeUndefined();
    expect(edited.steps).toHaveLength(MALI_FRAMEWORK_TOUR.steps.length + 1);
    expect(encodeTourParam(edited)).toMatch(/^z1\./);
    expect(moveStep(tour, 1, -1).steps.map((s) => s.caption)).toEqual(['', 'Adoptée en 2012.']);
    expect(moveStep(tour, 0, -1)).toBe(tour);
    expect(removeStep(tour, 0).steps).toEqual([tour.steps[1]]);
    // Titles and captions are edited per language; a plain (version 1) text was both, until then.
    expect(renameTour(tour, 'en', 'Bamako workshop').title).toEqual({
      en: 'Bamako workshop',
      fr: 'Atelier de Bamako',
    });
    expect(editStepText(tour, 1, 'caption', 'fr', 'Les chemins.').steps[1]!.caption).toEqual({
      en: '',
      fr: 'Les chemins.',
    });
  });
});

describe('tour files', () => {
  it('round-trip, tagged with their format', () => {
    const text = tourToFile(tour);
    expect(JSON.parse(text)).toMatchObject({ format: 'cadre-tour', version: 2 });
    expect(readTourFile(text)).toEqual({ tour, problems: [] });
    expect(tourFileName(tour, 'fr')).toBe('atelier-de-bamako.cadre-tour.json');
  });

  it('fill in the defaults of a short, hand-written step', () => {
    const result = readTourFile(
      JSON.stringify({ title: 'T', steps: [{ title: 'Mali', view: { focus: 'ml-mali' } }] }),
    );
    expect(result.tour?.steps[0]).toEqual({
      title: 'Mali',
      caption: '',
      view: stepView({ focus: 'ml-mali' }),
    });
  });

  it('name every problem of a bad file with its place', () => {
    const result = validateTour({
      format: 'something-else',
      title: 42,
      steps: [
        {
          title: '',
          caption: { en: 'only English' },
          view: {
            focus: 'a b',
            expanded: 'ml-mali',
            hiddenNodeKinds: ['place'],
            layout: 'spiral',
            asOf: '2012-13',
            selected: { type: 'edge', id: 'x' },
          },
        },
        'step',
      ],
    });
    expect(result.tour).toBeNull();
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'format badFormat',
      'title notText',
      'steps[0].title missing',
      'steps[0].view.focus badId',
      'steps[0].view.layout badLayout',
      'steps[0].view.asOf badDate',
      'steps[0].view.expanded notList',
      'steps[0].view.hiddenNodeKinds[0] badKind',
      'steps[0].view.selected badSelection',
      'steps[1] notObject',
    ]);
    expect(readTourFile('{').problems).toEqual([{ path: '', code: 'notJson' }]);
    expect(readTourFile('{"steps": []}').problems).toEqual([{ path: 'steps', code: 'noSteps' }]);
  });

  it('keep a caption per language, one of which may be empty (the other is shown); version 1 files still load', () => {
    const result = readTourFile(
      JSON.stringify({
        format: 'cadre-tour',
        version: 2,
        title: { en: 'Workshop', fr: '' },
        steps: [
          {
            title: { fr: 'La loi' },
            caption: { en: 'Adopted in 2012.', fr: 'Adoptée en 2012.' },
            view: { focus: 'ml-law-2012-023' },
          },
        ],
      }),
    );
    const step = result.tour!.steps[0]!;
    expect(step.title).toEqual({ en: '', fr: 'La loi' });
    expect([tourText(step.title, 'en'), tourText(step.title, 'fr')]).toEqual(['La loi', 'La loi']);
    expect([tourText(step.caption, 'en'), tourText(step.caption, 'fr')]).toEqual([
      'Adopted in 2012.',
      'Adoptée en 2012.',
    ]);
    expect(tourText(result.tour!.title, 'fr')).toBe('Workshop');
    // A title empty in both languages is missing.
    expect(
      readTourFile(JSON.stringify({ steps: [{ title: { en: ' ', fr: '' }, view: { focus: 'ml-mali' } }] }))
        .problems,
    ).toEqual([{ path: 'steps[0].title', code: 'missing' }]);
  });

  it('the built-in tour is valid and says the same in both languages', () => {
    expect(validateTour(JSON.parse(tourToFile(MALI_FRAMEWORK_TOUR))).problems).toEqual([]);
    for (const step of MALI_FRAMEWORK_TOUR.steps) {
      for (const text of [step.title, step.caption])
        expect(typeof text === 'object' && text.en && text.fr && text.en !== text.fr).toBeTruthy();
    }
  });
});
