import './scripts/lib/resolve-ts.ts';
const { readSkill } = await import('./src/source/read-skills.ts');
const { skillModel } = await import('./src/model/skill-model.ts');
const { pageTree, pageLabels } = await import('./src/views/page-tree.ts');
const { serialize } = await import('./src/markdown/serialize.ts');
const s = await readSkill(process.argv[2], process.argv[2].split('/').at(-2)!, new URL('file:///'));
if (!s.skill) throw s.error;
console.log(serialize(pageTree(skillModel(s.skill), 'en', pageLabels('en'))));
