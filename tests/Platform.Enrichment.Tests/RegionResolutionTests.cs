using Platform.Contracts.Documents;
using Platform.Enrichment.Gazetteer;
using Platform.Enrichment.Regions;

namespace Platform.Enrichment.Tests;

public sealed class RegionResolutionTests
{
    private static readonly RegionEnricher Regions = new(AdminGazetteer.Default);

    private static Contracts.Documents.Regions Resolve(string? title, string text, Bulletin? bulletin = null) =>
        Regions.Resolve(ArticleText.Of(title, text, bulletin: bulletin));

    [Theory]
    // Full names and chains narrow to the most specific unit.
    [InlineData("湖南省衡阳市召开会议", "", "430400")]
    [InlineData("广东省佛山市南海区召开会议", "", "440605")]
    [InlineData("山西省太原市万柏林区召开会议", "", "140109")]
    [InlineData("江西省吉安市安福县开展活动", "", "360829")]
    [InlineData("浙江省安吉县推进垃圾分类", "", "330523")]
    [InlineData("天津市北辰区开展宣传", "", "120113")]
    [InlineData("北京市海淀区开展宣传", "", "110108")]
    [InlineData("上海市徐汇区评选最美人物", "", "310104")]
    [InlineData("重庆市渝中区举办活动", "", "500103")]
    // Short names: provinces, cities and counties without suffixes.
    [InlineData("湖南衡阳召开会议", "", "430400")]
    [InlineData("广东佛山南海区慰问医护人员家属", "", "440605")]
    [InlineData("湖南长沙开福区:好人战疫", "", "430105")]
    [InlineData("安徽淮北公墓推出代客祭扫服务", "", "340600")]
    [InlineData("福建福清市深化党群服务中心建设", "", "350181")]
    [InlineData("湖北襄阳市开展执法检查", "", "420600")]
    [InlineData("宁夏银川市举行入队仪式", "", "640100")]
    [InlineData("广西南宁市江南区传播绿色发展理念", "", "450105")]
    [InlineData("内蒙古通辽市奈曼旗开展义诊", "", "150525")]
    [InlineData("四川成都开展活动", "", "510100")]
    // Autonomous regions, prefectures and counties, and their colloquial forms.
    [InlineData("宁夏开展文明实践活动", "", "640000")]
    // A province's literary name (南粤, 齐鲁) is the province.
    [InlineData("社区文明力量激活,南粤城乡处处见新风", "清晨的珠海某社区,义工指引旅客;午后的广州某社区,居民议事。", "440000")]
    [InlineData("齐鲁大地文明花开", "", "370000")]
    [InlineData(null, "荆楚网讯 通城县麦市镇志愿者开展活动。", "421222")]
    // 陜 as broken converters print 陕.
    [InlineData(null, "陜西省青年志願者誓師大會在西安某廣場舉行。", "610000")]
    [InlineData("陜西渭南某鎮義工開展服務", "", "610500")]
    // 藏 and 疆 after a verb of going or being stationed stand for the regions; 援藏 may be about the aiding side.
    [InlineData(null, "驻藏某部官兵走进牧民家中送医送药。", "540000")]
    [InlineData(null, "二十名大学生赴疆支教一年。", "650000")]
    [InlineData(null, "援藏干部座谈会召开。", null)]
    [InlineData(null, "活动促进藏汉群众交流。", null)]
    [InlineData("广西壮族自治区开展活动", "", "450000")]
    [InlineData("内蒙古开展活动", "", "150000")]
    [InlineData("新疆维吾尔自治区开展活动", "", "650000")]
    [InlineData("海西州开展好人评选", "", "632800")]
    [InlineData("甘孜州首家社银合作服务点", "", "513300")]
    [InlineData("海西蒙古族藏族自治州召开会议", "", "632800")]
    [InlineData("青海互助县推进移风易俗", "", "630223")]
    [InlineData("四川马边县开展文艺扶贫", "", "511133")]
    // Banners and leagues.
    [InlineData("奈曼旗开展义诊活动", "", "150525")]
    [InlineData("阿拉善盟开展活动", "", "152900")]
    // A wing's banner is printed with its tribe's first character, its wing and its place (科右中旗, 察右后旗).
    [InlineData("科右中旗开展宣讲", "", "152222")]
    [InlineData("察右后旗开展义诊", "", "150928")]
    [InlineData("科左中旗开展活动", "", "150521")]
    // Renamed and abolished units map to the current unit.
    [InlineData("青海同仁县五个精准助推脱贫", "", "632301")]
    [InlineData("襄樊市开展活动", "", "420600")]
    [InlineData("湖北襄樊开展活动", "", "420600")]
    [InlineData("四川康定县开展活动", "", "513301")]
    [InlineData("海东地区开展活动", "", "630200")]
    // Names without the province, resolved alone.
    [InlineData("安吉县综合行政执法局推进垃圾分类", "", "330523")]
    [InlineData("海淀区新时代文明实践中心高举旗帜", "", "110108")]
    [InlineData("怀柔区新时代文明实践科学抗疫", "", "110116")]
    [InlineData("延庆区深化新时代文明实践中心建设", "", "110119")]
    [InlineData("乐至县三个聚焦助推文明创建", "", "512022")]
    // Hierarchy and context decide ambiguous names.
    [InlineData("北京市朝阳区开展活动", "", "110105")]
    [InlineData("长春市朝阳区开展活动", "", "220104")]
    [InlineData("辽宁朝阳开展活动", "", "211300")]
    [InlineData("朝阳区开展活动", "长春市委宣传部指导。", "220104")]
    [InlineData("安徽省铜陵市郊区深化创建", "", "340711")]
    [InlineData("郊区深化文明创建", "安徽省铜陵市郊区积极培育。", "340711")]
    [InlineData("佳木斯市郊区开展活动", "", "230811")]
    [InlineData("吉林开展活动", "", "220000")]
    [InlineData("吉林省吉林市开展活动", "", "220200")]
    [InlineData("吉林市开展活动", "", "220200")]
    [InlineData("南海区开展活动", "", "440605")]
    [InlineData("四川省高县凝聚脱贫攻坚力量", "", "511525")]
    // A province named just before, in the same phrase, supports a county name inside a word (陕煤黄陵).
    [InlineData("陕煤黄陵矿业一号煤矿", "在陕西陕煤黄陵矿业有限公司一号煤矿开展活动。", "610632")]
    [InlineData(null, "在陕西陕煤黄陵矿业有限公司开展活动。", "610632")]
    [InlineData(null, "陕西省陕煤黄陵矿业公司开展活动。", "610632")]
    [InlineData(null, "湖南湘钢开福分公司开展活动。", "430105")]
    // Traps: no province in the phrase, a county of another province, punctuation or a long gap in between.
    [InlineData("陕煤黄陵矿业一号煤矿", "", null)]
    [InlineData(null, "在陕西陕煤开福矿业有限公司开展活动。", "610000")]
    [InlineData(null, "在陕西,煤黄陵矿业有限公司开展活动。", "610000")]
    [InlineData(null, "陕西省各地煤炭行业黄陵矿业开展活动。", "610000")]
    // A photo caption ahead of the article (图为…某某 摄) does not give its place; the opening is read after the credit.
    [InlineData(null, "麦收时节,河北农民忙。图为在河北省永清县,农民装车。王某 摄(某某视觉)四川省西充县开展“四好村”创建。", "511325")]
    [InlineData(null, "图为河北省永清县村民装车。王某 摄\n四川省西充县开展创建。", "511325")]
    [InlineData(null, "图为河北省永清县村民装车。王某 摄", "131023")]
    [InlineData(null, "四川省西充县开展“四好村”创建,村民积极参与,全县上下形成合力,各乡镇比学赶超,成效明显。图为村民装车。王某 摄", "511325")]
    // 我市 with only its province in the opening (in an institution's name): the one city of that province the text names.
    [InlineData(null, "我市公园与安徽某大学共建基地。志愿者开展淮南地域文化宣传,安徽某大学师生参加。", "340400")]
    [InlineData(null, "公园与安徽某大学共建基地。志愿者开展淮南地域文化宣传,安徽某大学师生参加。", "340000")]
    [InlineData(null, "我市公园与安徽某大学共建基地。淮南、芜湖两地志愿者参加,安徽某大学师生参加。", "340000")]
    // A gallery under a lead that names no place is its first picture's, however often another picture's place recurs.
    [InlineData(null, "节日到来,各地办活动。\n↑在浙江省东阳市,职工包饺子。张某 摄↑在河北省秦皇岛市海港区,学生包饺子。李某 摄↑河北省秦皇岛市海港区,老师包饺子。王某 摄", "330783")]
    [InlineData(null, "节日到来,各地办活动。\n↑在浙江省东阳市,职工包饺子。张某 摄\n河北省秦皇岛市海港区学生包饺子,海港区老师指导。", "130302")]
    [InlineData(null, "节日到来,各地办活动。\n浙江省东阳市摄影展开幕,河北省秦皇岛市海港区学生参观,海港区老师讲解。", "130302")]
    // 我省 with no place in the opening: the province every unit of the text lies in, not the example county.
    [InlineData(null, "我省有五人入选本季好人榜,退休教师某某名列其中。\n帮扶孤老的千阳某中学师生入选。", "610000")]
    [InlineData(null, "本季好人榜公布,退休教师某某名列其中。\n帮扶孤老的千阳某中学师生入选。", "610328")]
    [InlineData(null, "我市好人在全省评选中入选。\n帮扶孤老的千阳某中学师生入选。", "610328")]
    [InlineData(null, "我省有五人入选本季好人榜,退休教师某某名列其中。\n千阳某中学学生和北京某志愿者入选。", "610328")]
    // A short name before 村 is a village's (驻河北村的书记), not a province that would split the roundup in two; 村民 is a word.
    [InlineData(null, "我省有三人入选本月好人榜。\n一位是沁水县的乡村医生,一位是陵川县的农民,一位是驻河北村的第一书记。", "140000")]
    [InlineData(null, "驻河北村的第一书记带领村民种植中药材。", null)]
    [InlineData(null, "河北村民自发组成巡河队。", "130000")]
    // Titles without a place fall back to the first sentence.
    [InlineData("念好精神扶贫三字经", "近年来,四川省乐山市针对深度贫困地区开展工作。", "511100")]
    [InlineData(null, "近期,江西省吉安市安福县洋门乡沛溪村在做好疫情防控的同时开展工作。", "360829")]
    [InlineData("发挥思想政治工作作用", "四川省高县是乌蒙山集中连片特困地区扶贫工作重点县。", "511525")]
    // A city of the first sentence narrows, like a title's, to the one county the rest of the text names in it.
    [InlineData(null, "台州市第一个志愿服务基地开启。仙居县文明办设置心愿箱。", "331024")]
    [InlineData(null, "台州市召开会议。仙居县和天台县代表发言。", "331000")]
    [InlineData(null, "台州市召开会议。仙居县代表发言,台州市文明办总结。", "331000")]
    // 全国文明城区 is only for a municipality's districts: it tells 和平区 of 天津 from 和平区 of 沈阳.
    [InlineData(null, "志愿者上街劝导文明出行,为和平区争创全国文明城区贡献力量。", "120101")]
    [InlineData(null, "志愿者上街劝导文明出行,为和平区争创全国文明城市贡献力量。", null)]
    [InlineData(null, "沈阳市和平区志愿者为争创全国文明城区贡献力量。", "210102")]
    // A title about each of the city's counties heads a round-up: its first county is an example.
    [InlineData("各区县开展文明行为促进月活动", "璧山区招募文明行为代言人。綦江区开展宣讲。", "500000")]
    [InlineData("各县区扎实推进移风易俗", "仙居县举办集体婚礼。天台县开展宣讲。", "331000")]
    [InlineData("全市首个文明实践基地揭牌", "仙居县某村文明实践基地揭牌。", "331024")]
    // A city announcing its honour list is the list's place, not the county of the one honouree whose home is given.
    [InlineData(null, "记者获悉,5月“台州好人榜”日前揭晓,上榜的有李明、王芳。\n李明是仙居县某村村民。", "331000")]
    [InlineData("5月台州市道德模范名单公布", "李明是仙居县某村村民。", "331000")]
    [InlineData(null, "仙居县李明入选“台州好人榜”。\n李明是某村村民。", "331024")]
    [InlineData(null, "台州好人李明扎根乡村。\n李明是仙居县某村村民。", "331024")]
    // A title's city is not narrowed by a village on a visit's route, only by a county the text is about.
    [InlineData("省文明办来台州市调研", "调研组先后到农贸市场、三顶桥村新时代文明实践站调研。", "331000")]
    [InlineData("省文明办来台州市调研", "调研组到仙居县新时代文明实践中心调研。", "331024")]
    // A college or outlet named after the title's city does not name the city again: the county the text is about narrows it.
    [InlineData("山东潍坊:大学生绘制文化墙", "近日,潍坊学院的志愿者来到山东省潍坊市寒亭区某街道绘制文化墙。", "370703")]
    [InlineData("山东潍坊:大学生绘制文化墙", "近日,潍坊市文明办组织志愿者来到山东省潍坊市寒亭区某街道绘制文化墙。", "370700")]
    // A county that is only the venue of the city's event gives way to the city.
    [InlineData(null, "昨天,我市未成年人思想道德建设推进会在宜兴召开。", "320200")]
    [InlineData(null, "3月5日,省暨合肥市主题活动启动仪式在肥西县工人文化宫举行。", "340100")]
    [InlineData(null, "3月5日,肥西县主题活动启动仪式在县工人文化宫举行。", "340123")]
    [InlineData(null, "近日,在肥西县举行的活动中,志愿者开展服务。", "340123")]
    // A county that is only among the speakers at the city's meeting gives way to the city.
    [InlineData(null, "同志们:市委召开这次大会,部署我市创建工作。刚才,江宁区、市城管局的负责同志作了发言。下面我讲三点。", "320100")]
    [InlineData(null, "同志们:我市创建工作进入冲刺阶段。请江宁区、市交警支队依次发言。", "320100")]
    [InlineData(null, "同志们:江宁区召开大会,部署创建工作。刚才,江宁区文明办作了发言。", "320115")]
    [InlineData(null, "同志们:我市创建工作进入冲刺阶段。刚才,江宁区作了发言。江宁区要带头整改。", "320115")]
    // A city or county that is only the venue of the province's event gives way to the province; a city's event
    // attended by a provincial official (省委常委) stays the city's.
    [InlineData(null, "9月9日,全省志愿服务推进会在西宁召开。", "630000")]
    [InlineData(null, "今天下午,省文明委全体会议在济南召开。", "370000")]
    [InlineData(null, "3月28日,湖北省委常委在武汉主持召开省文明委全会。", "420000")]
    [InlineData(null, "云南省第二届文明论坛在昆明开幕。", "530000")]
    [InlineData("第三届江苏志愿服务展在张家港开幕", "", "320000")]
    [InlineData(null, "我市文明实践推进会在张家港召开,全省各地代表观摩。", "320500")]
    [InlineData(null, "省委常委、市委书记出席在西宁召开的推进会。", "630100")]
    [InlineData(null, "全省志愿服务推进会召开,西宁市介绍经验。", "630100")]
    [InlineData(null, "全区精神文明建设工作会议在南宁召开。", "450000")]
    [InlineData(null, "自治区文明委全体会议在银川召开。", "640000")]
    [InlineData(null, "全区志愿服务推进会在江宁区东山街道召开。", "320115")]
    [InlineData(null, "全区志愿服务推进会在南京召开。", "320100")]
    [InlineData("全区文明村镇现场会在鹿寨召开", "与会人员参观了鹿寨县的村屯。", "450000")]
    [InlineData(null, "全区文明村镇现场会在兴宁区三塘镇召开。", "450102")]
    [InlineData("青海开展文明实践", "全省推进会在西宁召开。", "630000")]
    // A national event the province only co-organizes is the venue's story.
    [InlineData(null, "由中央宣传部、中央文明办主办,省委宣传部、省文明办承办的道德模范交流活动今天在绍兴市举行。", "330600")]
    [InlineData(null, "由中央文明办主办,省文明办承办的志愿服务交流会在西宁召开。", "630100")]
    [InlineData("青海开展文明实践", "西宁市城中区开展活动。", "630103")]
    // An opening scene in one city gives way to the province where the text names the province on its own and three of its
    // cities in turn: a province's round-up.
    [InlineData(null, "清晨,一辆公交车上,山东潍坊某车队司机为老人让座。\n近年来,山东省深入开展文明出行活动。青岛某中学组织学生宣讲。济南市某社区举办邻里节。", "370000")]
    [InlineData(null, "清晨,一辆公交车上,山东潍坊某车队司机为老人让座。\n近年来,山东省深入开展文明出行活动。青岛某中学也组织学生宣讲。", "370700")]
    [InlineData(null, "潍坊市志愿者开展活动。青岛、济南的志愿者和山东省潍坊市某社区居民参加。", "370700")]
    // A city-wide sentence naming several of the city's counties is about the city.
    [InlineData(null, "全市文明家庭工作交流会召开,藁城区韩家等100个家庭获命名,正定县刘家等100户获命名。", "130100")]
    [InlineData(null, "藁城区韩家等100个家庭获命名,正定县刘家等100户获命名。", "130109")]
    [InlineData(null, "全市交流会上,藁城区南孟镇获表彰。", "130109")]
    [InlineData(null, "全市交流会召开,藁城区韩家获命名,正定县刘家获命名,石家庄市妇联获表彰。", "130100")]
    [InlineData(null, "国际家庭日到来。我市藁城区韩家获表彰,正定县刘家获表彰。\n会上代表发言。", "130100")]
    // 各区县 opens a round-up of what the city's counties did; a municipality's own name may stand among its districts.
    [InlineData(null, "各区县开展志愿服务月活动。藁城区组织义诊。正定县举办读书会。", "130100")]
    [InlineData(null, "各区县开展志愿服务月活动。重庆市璧山区组织义诊,綦江区举办读书会。", "500000")]
    [InlineData(null, "各区县开展志愿服务月活动。璧山区组织义诊,綦江区举办《重庆市某条例》知识竞赛。", "500000")]
    [InlineData(null, "藁城区开展志愿服务月活动。藁城区组织义诊,正定县代表观摩。", "130109")]
    // A feature opening on a scene in one county that goes on to speak for its city and names another county of it is the
    // city's; without 我市, with a county of another city, or opening in a county-level city (which may be 我市), the county stays.
    [InlineData(null, "清晨,走进秦安县某村,文化广场上人头攒动。\n近年来,我市大力推进移风易俗。在甘谷县某镇,村民办起新式婚礼。", "620500")]
    [InlineData(null, "清晨,走进秦安县某村,文化广场上人头攒动。\n近年来,村里大力推进移风易俗。在甘谷县某镇,村民办起新式婚礼。", "620522")]
    [InlineData(null, "清晨,走进秦安县某村,文化广场上人头攒动。\n近年来,我市大力推进移风易俗。在通渭县某镇,村民办起新式婚礼。", "620522")]
    [InlineData(null, "清晨,走进项城市某村,文化广场上人头攒动。\n近年来,我市大力推进移风易俗。在沈丘县某镇,村民办起新式婚礼。", "411681")]
    // The first paragraph's place narrows like the first sentence's.
    [InlineData(null, "“风吹草低见牛羊。”从呼伦贝尔到乌兰察布,草原辽阔。\n新巴尔虎左旗牧民看上了电视。新巴尔虎左旗是边境旗。", "150726")]
    // A province narrows to the one city the rest of the text is about, though it names two of its counties.
    [InlineData(null, "湖北省委宣传部带领襄阳、黄冈等地负责同志来荆交流。先后来到沙市区菜市场、江汉书店和荆州区郢城镇。", "421000")]
    // A list of sibling units is about what they share, not the first of them.
    [InlineData("山西晋城、忻州等六地入选", "", "140000")]
    [InlineData("湖南长沙和株洲开展活动", "", "430000")]
    [InlineData(null, "江苏省南京市鼓楼区、玄武区开展活动。", "320100")]
    [InlineData("山西晋城开展活动", "忻州也有参与。", "140500")]
    // A place printed alone as the example of a longer list is not what the text is about.
    [InlineData(null, "近日,有关部门命名北京市密云区古北口镇等283个地方为示范单位。\n其中,云南省有保山市、临沧市等地入选,云南民族大学也在其中。", "530000")]
    [InlineData(null, "北京市密云区古北口镇等地开展活动。", "110118")]
    [InlineData(null, "我市卢龙县潘庄镇 、抚宁县驻操营镇获评文明村镇。", "130300")]
    [InlineData(null, "卢龙县潘庄镇开展活动,抚宁县代表参加。", "130324")]
    // A place introduced as an example (像, 如) illustrates the opening's unit and does not narrow it.
    [InlineData(null, "乡风文明建设在浙江全面铺开。像天台县的某镇,各村都把婚事简办写进了公约。", "330000")]
    [InlineData("浙江推进移风易俗", "各地修订村规民约,如天台县某镇的各村。", "330000")]
    [InlineData(null, "乡风文明建设在浙江全面铺开。天台县的某镇,各村都把婚事简办写进了公约。", "331023")]
    // A town name several counties share is its county where the city is in context or printed right before it.
    [InlineData(null, "芜湖市张家山街道文化路社区开展活动。", "340202")]
    [InlineData(null, "茂名创建文明城市进入冲刺阶段。河东街道干部入户宣传。", "440902")]
    [InlineData(null, "河东街道干部入户宣传。", null)]
    [InlineData(null, "浙江推行乡风文明。像天台县的某镇,各村都把婚事简办写进了公约。", "330000")]
    // A place name after an official's title and surname is the official's given name (县委书记林江苏).
    [InlineData(null, "县委书记林江苏、县长王立为服务队授旗。周宁入选试点县。", "350925")]
    [InlineData(null, "县委书记林江苏为服务队授旗。", null)]
    [InlineData(null, "市委书记赴江苏南京考察学习。", "320100")]
    // A short name that a city shares with its own county (长沙, 岳阳) is the city wherever the city is in context too; the
    // county is printed in full where it is meant.
    [InlineData("长沙开展志愿服务", "长沙市文明办组织,长沙县某镇志愿者参加。", "430100")]
    [InlineData("岳阳建设书香城", "岳阳市某中学开展读书活动。岳阳县某村也办起农家书屋,读书风气在岳阳兴起。", "430600")]
    [InlineData(null, "长沙县某镇开展活动,长沙县志愿者参加。", "430121")]
    [InlineData(null, "长沙县某镇开展活动,长沙志愿者参加。", "430121")]
    // A grassland named after a county (科尔沁草原) spans many counties: it is not the county.
    [InlineData("科尔沁草原上的文明实践", "冬日里,内蒙古自治区兴安盟某旗开展宣讲。", "152200")]
    [InlineData("草原上的文明实践", "入冬以后,内蒙古科尔沁草原上的牧民忙着储草。\n兴安盟某旗开展宣讲。", "152200")]
    [InlineData(null, "科尔沁区开展宣讲。", "150502")]
    [InlineData(null, "呼伦贝尔草原上,牧民看上了电视。", "150700")]
    // Traps: words that look like places but are not.
    [InlineData("北京榜样评选启动", "", "110000")]
    [InlineData("中国好人榜发布", "", null)]
    [InlineData("争创全国文明城市", "共创文明城,提升文明城区水平。", null)]
    [InlineData("好人战疫筑起平安墙", "以看得见的惠民之举,乐善互助,整合资源。", null)]
    [InlineData("南海海域开展巡航", "", null)]
    [InlineData(null, "近年来,清新区持续推动志愿服务提质增效。", "441803")]
    [InlineData(null, "这里空气清新区域宽广。", null)]
    [InlineData("满城飘香迎国庆", "志愿者走上街头,绘就美丽风景。", null)]
    [InlineData(null, "不少年轻人涌向大城市打工。", null)]
    [InlineData(null, "保定市满城区开展志愿服务。", "130607")]
    [InlineData(null, "某市记者在西区客运站看到,志愿者在捡拾垃圾。", null)]
    [InlineData(null, "四川省攀枝花市开展活动。记者在西区看到,志愿者在捡拾垃圾。", "510403")]
    [InlineData(null, "努力打造平安区县。", null)]
    [InlineData("一视同仁推进工作", "各地长治久安。", null)]
    [InlineData("推进县城区改造", "提高县城品质,城区绿化。", null)]
    // An everyday word before a company word is the company (中原银行), even where its province is in context.
    [InlineData(null, "市文明办、中原银行三门峡分行联合开展宣传。河南各地参加。", "411200")]
    // 中原 is the region of Henan (河南更文明、中原更出彩), not 中原区, unless printed in full or in a chain.
    [InlineData("推动河南更文明、中原更出彩", "省文明委召开全体会议。", "410000")]
    [InlineData(null, "中原区开展志愿服务。", "410102")]
    [InlineData(null, "郑州中原开展志愿服务。", "410102")]
    // Where only the count decides, several counties of one city, none named in most mentions, are the city's.
    [InlineData(null, "我市召开座谈会。\n会上向宁城县习字镇、元宝山区元宝山镇、敖汉旗检察院赠送匾额。", "150400")]
    [InlineData(null, "我市召开座谈会。\n宁城县代表发言,宁城县习字镇获奖,宁城县表示感谢,敖汉旗参加。", "150429")]
    // A town after a verb of going (走进, 深入, 前往) starts a phrase.
    [InlineData(null, "区民政局走进宝兴镇各村开展宣讲。", "500111")]
    // A unique town inside a phrase counts where its county is printed in full, and tells that county from its namesakes.
    [InlineData(null, "普陀区志愿者协会携手万里街道开展义诊。", "310107")]
    [InlineData(null, "普陀区志愿者协会开展义诊。", null)]
    [InlineData(null, "大家携手构建和谐街道氛围。", null)]
    [InlineData(null, "志愿者深入宝兴镇红桥社区开展服务。", "500111")]
    // A province's honour (河北好人) is not where the story happens; a city's (怀化好人) is the city's own.
    [InlineData("退休教师入选“河北好人榜”", "日前,好人事迹分享会在河北省保定市涿州市某社区举办。河北省文明办有关负责人参加。", "130681")]
    [InlineData("退休教师入选“河北好人榜”", "日前,好人事迹分享会举办。", null)]
    [InlineData("“河北好人”年度人物发布", "活动由河北省文明办主办,在省会举行。", "130000")]
    [InlineData("“邢台好人”发布", "日前,好人事迹分享会举办。", "130500")]
    // A military unit's name (北京部队某团, 南京军区) is not the city.
    [InlineData(null, "北京部队某团和保定市民政局共建文明院。", "130600")]
    [InlineData(null, "南京军区某部在溧阳市开展活动。", "320481")]
    // 乌兰牧骑 is a touring art troupe, not 乌兰县.
    [InlineData(null, "乌兰牧骑队员走进嘎查为牧民演出。", null)]
    [InlineData(null, "乌兰县开展文明实践活动。", "632821")]
    // Where only the count decides, a chain counts for the unit it ends in (河北省保定地区 is 保定, not 河北).
    [InlineData("军民共建文明村", "他指出:“精神文明是重要特征。”\n河北省保定地区开展活动,河北群众参与。", "130600")]
    // A civilization office's account names its place (文明西青) where nothing else does.
    [InlineData(null, "社区开展志愿服务活动。\n(文明西青)", "120111")]
    [InlineData(null, "推进文明西青建设。", null)]
    // A county's slogan after a slogan verb (建设和美荥阳) names it where nothing else does.
    [InlineData(null, "创文是全市人民的心愿,要建设和美荥阳,打赢攻坚战。", "410182")]
    [InlineData(null, "我们要共建文明荥阳。", "410182")]
    [InlineData(null, "和美荥阳人参加活动。", null)]
    // A news outlet's city gives way to the next place outside it (海口网…徐闻县); 乡风 is no township.
    [InlineData("徐闻乡风文明建设全覆盖", "海口网消息(记者李明)24日,徐闻县在海安镇启动乡风文明活动。", "440825")]
    [InlineData(null, "邵阳新闻网9月19日讯 9月18日,新宁县丰田乡组织志愿者开展活动。", "430528")]
    // A college's city gives way likewise (某师范大学实践队走进某县): the students' team goes out to the villages; a college
    // that goes nowhere else stays the place.
    [InlineData(null, "暑假期间,湘潭大学青年实践队走进益阳市桃江县一个山村,调研文明实践站建设。", "430922")]
    [InlineData(null, "7月10日,湘潭理工学院支教团来到桃江县,为留守儿童上美术课。", "430922")]
    [InlineData(null, "湘潭大学志愿者在校园里开展垃圾分类宣传。", "430300")]
    // A brand's branch is named after its place (某酒店定州店, 某银行桃江支行); inside another word the name is not the place.
    [InlineData(null, "市民政局联合河北一家农业公司、某酒店定州店的员工为老人包饺子。", "130682")]
    [InlineData(null, "某银行桃江支行志愿者走进社区讲解防诈骗知识。", "430922")]
    [InlineData(null, "某品牌定州产品展销会开幕。", null)]
    // So is a touring event's stop (某巡回展演项城站), where the province is in context; a service station is no place.
    [InlineData(null, "河南省广场舞巡回展演项城站开幕,来自周口各地的队伍参加。", "411681")]
    [InlineData(null, "广场舞巡回展演项城站开幕。", null)]
    [InlineData(null, "志愿者在新时代文明实践站为居民理发。", null)]
    // An outlet named after its place (某地网) names it, even where the place's short name is an everyday word.
    [InlineData(null, "项城网记者走进社区采访志愿者。", "411681")]
    // A county's news outlet (今日竹山网, 云上恩施) names its place.
    [InlineData(null, "今日竹山网消息 1月31日,官渡镇开展志愿服务活动。", "420323")]
    [InlineData(null, "今日竹山的天气很好。", null)]
    // 长清社区教育学院 is the district's college, not a community named 长清.
    [InlineData("山东省济南市领导观摩指导长清社区教育学院创城工作", "市委宣传部负责人到长清进行创城观摩指导。", "370113")]
    // A 村 whose stem is an everyday word (周围村) is a phrase alone, unless context supports it; communities keep their stems.
    [InlineData(null, "我们村以及周围村的村民农闲时聚在一起。", null)]
    [InlineData(null, "依托县图书馆、乡镇和村综合文化站开展读书活动。", null)]
    [InlineData(null, "该镇以“聚民心、育新人、兴文化、展形象”为目标开展活动。", null)]
    [InlineData(null, "兴文县以“聚民心、育新人、兴文化”为目标开展活动。", "511528")]
    [InlineData(null, "河南省固始县开展活动,周围村的村民参加。", "411525")]
    [InlineData(null, "一行来到汇宇社区,考察文明实践站。", "330109")]
    // A short name the text also prints as a town's (东城街道) is that town, not the district.
    [InlineData("东城街道文明实践中心启用", "东城23个社区已建成实践站。", null)]
    [InlineData("东城区开展活动", "东城各街道积极参与。", "110101")]
    [InlineData("东城开展活动", "东城镇志愿者参加。", null)]
    [InlineData("东城开展活动", "东城乡村振兴见成效。", "110101")]
    [InlineData("东城开展活动", "东城社区居民参加。", "110101")]
    [InlineData("东城开展活动", "居民参加。\n活动在东城街道举行。", null)]
    // 榕城 is 福州's literary name, and 揭阳's 榕城区 where 揭阳 is in context.
    [InlineData("揭阳开展文明实践活动", "榕城志愿者走上街头。", "445202")]
    [InlineData("文明实践活动", "榕城志愿者走上街头。", "350100")]
    public void Primary_region_is_the_place_the_article_is_about(string? title, string text, string? code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }

    [Fact]
    public void Briefing_from_the_capital_resolves_district_names_in_Beijing()
    {
        var bulletin = ArticleFactory.EmptyBulletin(2020, new Masthead("首都精神文明建设情况简报", 19, 2128, "首都精神文明办", new DateOnly(2020, 4, 29)));

        Assert.Equal("110105", Resolve("朝阳区开展志愿服务", "", bulletin).Primary?.Code);
        Assert.Equal("110000", Resolve("新时代文明实践中心建设", "志愿者开展服务。", bulletin).Primary?.Code);
    }

    [Theory]
    [InlineData("寿县人民政府", "340422")]
    [InlineData(null, "340400")]
    public void Two_character_county_named_by_the_masthead_counts_inside_a_phrase(string? publication, string code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2021, new Masthead(publication, null, null, null, new DateOnly(2021, 12, 9)));

        Assert.Equal(code, Resolve(null, "为助力寿县创建文明城市,志愿者走上街头发放《淮南文明手册》。", bulletin).Primary?.Code);
    }

    [Theory]
    [InlineData("临汾市精神文明建设简报", "141000")]
    [InlineData("臨汾市精神文明建設簡報", "141000")]
    [InlineData(null, null)]
    public void Masthead_in_traditional_characters_gives_its_place_to_an_article_that_names_none(string? publication, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2021, new Masthead(publication, null, null, null, new DateOnly(2021, 7, 14)));

        Assert.Equal(code, Resolve(null, "连日来,我市各街道志愿者清理垃圾。", bulletin).Primary?.Code);
    }

    [Theory]
    [InlineData("主辦單位:中共天長市委組織部 承辦:天長市黨員教育中心", "341181")]
    [InlineData("版權所有:天長市黨員教育中心", null)]
    [InlineData(null, null)]
    public void Site_footer_naming_its_host_is_context_for_a_shared_town_name(string? footer, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2021) with
        {
            Discarded = footer is null ? [] : [new DiscardedText(footer, "copyright")],
        };

        Assert.Equal(code, Resolve(null, "周末,郑集镇某村文明实践站组织志愿者打扫街巷。", bulletin).Primary?.Code);
    }

    [Theory]
    // A page's meta line names the outlet that printed the story, a local paper glued to its date included, even where the
    // place's short name is an everyday word (项城); a national outlet names no place, and a meta line without an outlet none.
    [InlineData("项城报2021-06-01 09:30", "411681")]
    [InlineData("发布时间:2021-06-01 来源:沛县文明网", "320322")]
    [InlineData("来源:人民网 2021-06-01", null)]
    [InlineData("项城报道组 2021-06-01", null)]
    public void Outlet_on_the_page_meta_line_gives_its_place_to_an_article_that_names_none(string meta, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2021) with { Discarded = [new DiscardedText(meta, "page-meta")] };

        Assert.Equal(code, Resolve(null, "志愿者开展学雷锋服务。", bulletin).Primary?.Code);
    }

    [Fact]
    public void Site_footer_is_not_the_place_of_an_article_that_names_none()
    {
        var bulletin = ArticleFactory.EmptyBulletin(2021) with { Discarded = [new DiscardedText("主办单位:中共天长市委组织部", "copyright")] };

        Assert.Null(Resolve(null, "志愿者开展学雷锋服务。", bulletin).Primary);
    }

    [Fact]
    public void Primary_region_names_its_province_city_and_county()
    {
        var primary = Resolve("广东佛山南海区慰问援鄂医护人员家属", "").Primary!;

        Assert.Equal(new Region("440605", "county", "南海区", "广东省", "佛山市", "南海区"), primary);
    }

    [Fact]
    public void County_directly_under_a_municipality_has_no_city()
    {
        var primary = Resolve("海淀区开展活动", "").Primary!;

        Assert.Equal(new Region("110108", "county", "海淀区", "北京市", null, "海淀区"), primary);
    }

    [Fact]
    public void Mentions_count_every_occurrence_and_keep_the_first_offset_in_title_and_text()
    {
        var regions = Resolve("湖南长沙开福区:好人战疫", "湖南长沙开福区各级身边好人。“开福好人”谢敏。长沙血液中心。");

        var kaifu = Assert.Single(regions.Mentioned, m => m.Region.Code == "430105");
        Assert.Equal(3, kaifu.Count);
        Assert.Equal(4, kaifu.FirstOffset);
        Assert.Equal("湖南长沙开福区", kaifu.Text);
        Assert.Equal(3, regions.Mentioned.Single(m => m.Region.Code == "430100").Count);
    }

    [Fact]
    public void Short_county_name_that_is_an_everyday_word_counts_only_where_its_city_is_in_context()
    {
        var without = Resolve("好人评选", "会同有关部门开展检查。");
        var with = Resolve("怀化好人评选", "会同开展检查。");

        Assert.DoesNotContain(without.Mentioned, m => m.Region.Code == "431225");
        Assert.Contains(with.Mentioned, m => m.Region.Code == "431225");
    }

    [Theory]
    [InlineData("文明新风", "生活在古城某地的人们不难发现,文明已成风景。", null)]
    [InlineData("丽江市文明实践", "古城志愿者上街服务。", "530702")]
    [InlineData("文明实践", "古城区志愿者上街服务。", "530702")]
    public void Old_town_is_the_district_only_where_its_city_is_in_context_or_its_full_name_is_printed(string title, string text, string? code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }

    [Fact]
    public void Unique_short_county_name_counts_alone_where_it_starts_a_phrase()
    {
        Assert.Contains(Resolve("好人评选", "开福好人谢敏参加活动。").Mentioned, m => m.Region.Code == "430105");
        Assert.DoesNotContain(Resolve("好人评选", "召开福利大会。").Mentioned, m => m.Region.Code == "430105");
    }

    [Theory]
    [InlineData("帮扶孤老的千阳某中学师生获表彰。", "610328", true)]
    [InlineData("开展了新的会同检查。", "431225", false)]
    [InlineData("在长三角美丽的太湖河畔举办活动。", "340825", false)]
    [InlineData("市里举办的华蓥山旅游节开幕。", "511681", false)]
    public void Name_after_de_starts_a_phrase_unless_it_is_an_everyday_word_or_a_landform(string text, string code, bool found)
    {
        Assert.Equal(found, Resolve("好人评选", text).Mentioned.Any(m => m.Region.Code == code));
    }

    [Fact]
    public void Sea_is_not_the_district()
    {
        var regions = Resolve("广东开展活动", "南海海域开展巡航,南海区团委参与。");

        var nanhai = Assert.Single(regions.Mentioned, m => m.Region.Code == "440605");
        Assert.Equal(1, nanhai.Count);
    }

    [Theory]
    [InlineData("罗湖家园网讯", "为加大创建文明城市宣传力度,桂园街道开展宣传。", "440303")]
    [InlineData("本报北京3月3日电(记者 李明)", "全国妇联启动巾帼志愿阳光行动。", null)]
    [InlineData("本报北京3月3日电", "全国妇联启动巾帼志愿阳光行动。", null)]
    [InlineData("本报南京11月6日电", "在溧阳市戴埠镇开展宣传。", "320481")]
    [InlineData("今日竹山網消息", "近日,笔者来到一个新建的文明实践所。", "420323")]
    [InlineData("本報北京3月3日電", "全国妇联启动巾帼志愿阳光行动。", null)]
    public void Newsflash_lead_names_the_place_where_the_text_names_none(string lead, string text, string? code)
    {
        var byline = new Byline(lead, [], null, BylineKind.Newsflash);

        Assert.Equal(code, Regions.Resolve(ArticleText.Of("志愿创文新风", text, byline: byline)).Primary?.Code);
    }

    [Theory]
    // The reporters in the credit are no places, though a given name may read as a city's (玉林, 海宁); a reporter's
    // station is (鹤峰通联记者).
    [InlineData("本网讯 (郭玉林)", "郭玉林", "近日,我县召开创建工作推进会。", null)]
    [InlineData("本报讯(记者 张海宁 李明)", "张海宁|李明", "近日,我县召开创建工作推进会。", null)]
    [InlineData("罗湖家园网讯(记者 王玉林)", "王玉林", "近日,街道开展宣传。", "440303")]
    [InlineData("云上某地报道(鹤峰通联记者 王玉林)", "王玉林", "近日,乡里开展宣传。", "422828")]
    public void Newsflash_credit_names_people_not_places(string lead, string authors, string text, string? code)
    {
        var byline = new Byline(lead, authors.Split('|'), null, BylineKind.Newsflash);

        Assert.Equal(code, Regions.Resolve(ArticleText.Of("志愿创文新风", text, byline: byline)).Primary?.Code);
    }

    [Theory]
    // 来 before a county's name is a visit to it (检查组来某县验收) or the end of a time phrase (近年来某县): the name starts a phrase.
    [InlineData("省级测评组来冠县验收文明创建工作", "", "371525")]
    [InlineData("市委书记来沛县调研文明实践", "", "320322")]
    [InlineData(null, "近年来海宁持续深化文明创建。", "330481")]
    // After a verb of bringing the name is a wish (带来长寿, 迎来康乐), and an everyday wish needs its context anyway.
    [InlineData(null, "志愿服务为老人带来长寿与健康。", null)]
    [InlineData(null, "义诊活动为群众迎来康乐生活。", null)]
    [InlineData(null, "志愿服务为群众带来安康与幸福。", null)]
    public void Name_after_lai_of_a_visit_starts_a_phrase(string? title, string text, string? code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }

    [Theory]
    // 街办, as news shortens 街道办事处, makes the short name before it a street office's, not the county's.
    [InlineData("督查组到我区的凤城街办检查公益广告。", null)]
    [InlineData("督查组到凤城街办检查公益广告。", null)]
    [InlineData("督查组到凤城检查公益广告。", "210682")]
    public void Short_name_before_jieban_is_a_street_office(string text, string? code)
    {
        Assert.Equal(code, Resolve("督查创文", text).Primary?.Code);
    }

    [Theory]
    // Where people come from (来自某地的志愿者) gives way to the place they go to in the same sentence; alone it stays.
    [InlineData("近日,来自莱阳市的志愿者到招远市一个村开展活动。", "370685")]
    [InlineData("近日,来自山东省莱阳市的志愿者到招远市开展活动。", "370685")]
    [InlineData("近日,来自莱阳市的志愿者开展义诊活动。", "370682")]
    public void Place_people_come_from_gives_way_to_where_they_go(string text, string code)
    {
        Assert.Equal(code, Resolve(null, text).Primary?.Code);
    }

    [Theory]
    // A short name and 街 name a street office as Guangdong prints it, unless 街 starts a word of the place's streets.
    [InlineData("督查组到我区的东城街检查宣传栏。", null)]
    [InlineData("洲心街、东城街开展创文宣传。", null)]
    [InlineData("志愿者在海淀街头开展宣传。", "110108")]
    [InlineData("东城街舞大赛开幕。", "110101")]
    public void Short_name_before_jie_is_a_street_office_unless_jie_starts_a_street_word(string text, string? code)
    {
        Assert.Equal(code, Resolve("创文宣传", text).Primary?.Code);
    }

    [Theory]
    // A bare district listed with a street office of another province is that county's quarter, not the capital's district.
    [InlineData("4月18日,我市组织南城区、西城区和东亭镇的干部观摩社区创建。", "130682")]
    [InlineData("4月18日,我市组织西城区、东亭镇的干部观摩社区创建。", "130682")]
    // Printed in a chain, or listed with a town of its own province, the district keeps its reading.
    [InlineData("4月18日,北京市西城区和东亭镇的干部观摩社区创建。", "110102")]
    [InlineData("4月18日,西城区和月坛街道的干部观摩社区创建。", "110102")]
    public void Bare_district_listed_with_a_town_elsewhere_is_the_towns_quarter(string text, string code)
    {
        Assert.Equal(code, Resolve(null, text).Primary?.Code);
    }

    [Theory]
    // The introduction the parser set aside from a photo set (photo-set-context) gives its place to a caption that names
    // none; a caption that names its own keeps it, and an article does not read it.
    [InlineData("5月2日,一支大学生实践队走进烟台市招远市一个山村,了解乡风文明建设。", null, "图为村口的宣传栏。", "370685")]
    [InlineData("5月2日,一支大学生实践队走进烟台市招远市一个山村,了解乡风文明建设。", null, "图为莱阳市的一处公园。", "370682")]
    [InlineData("5月2日,一支大学生实践队走进烟台市招远市一个山村,了解乡风文明建设。", "乡村调研", "村民在看宣传栏。", null)]
    [InlineData("", null, "图为村口的宣传栏。", null)]
    // Its paragraphs (separated by |) are one text: a city-wide opening followed by a paragraph of examples is the city's.
    [InlineData("3月5日,我市各县区纷纷举行志愿服务活动。|在渭滨区,志愿者为老人理发;在金台区,医生开展义诊;在陈仓区,志愿者清扫街道。", null,
        "市区街头的示范活动。", "610300")]
    [InlineData("在渭滨区,志愿者为老人理发。|在金台区,医生开展义诊。", null, "市区街头的示范活动。", "610302")]
    public void Photo_set_introduction_names_the_place_of_its_captions(string introduction, string? title, string caption, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2024) with
        {
            Discarded = introduction.Length == 0 ? [] : introduction.Split('|').Select(p => new DiscardedText(p, "photo-set-context")).ToList(),
        };

        Assert.Equal(code, Resolve(title, caption, bulletin).Primary?.Code);
    }

    private static string? GroupResolve(Article article, params Article[] preceding)
    {
        var context = new EnrichmentContext(ArticleFactory.EmptyBulletin()) { Preceding = preceding };
        return Regions.Resolve(new ArticleText(article, context)).Primary?.Code;
    }

    [Theory]
    // Earlier captions of the run, separated by |: the nearest that names a place gives it to a caption that names none.
    [InlineData("在北京展览馆,志愿者为游客指路。", "在服务站点,志愿者为游客指路。", "110000")]
    [InlineData("辽宁省抚顺市举行活动,市民献花。|战友向墓碑鞠躬。", "学生代表献花。", "210400")]
    [InlineData("在北京展览馆,志愿者为游客指路。|辽宁省抚顺市学生献花。", "市民献花。", "210400")]
    [InlineData("在北京展览馆,志愿者为游客指路。", "辽宁省抚顺市学生献花。", "210400")]
    [InlineData("", "市民献花。", null)]
    // Where the two nearest that name a place name two counties of one city (a gallery of the city's counties), the city; two
    // cities of one province, the nearest.
    [InlineData("临渭区志愿者清扫公园。|蒲城县志愿者为老人量血压。", "学生们在街头擦拭护栏。", "610500")]
    [InlineData("北京市海淀区学生献花。|北京市朝阳区学生献花。", "市民献花。", "110000")]
    [InlineData("辽宁省沈阳市学生献花。|辽宁省抚顺市学生献花。", "市民献花。", "210400")]
    [InlineData("临渭区志愿者清扫公园。|蒲城县志愿者为老人量血压。|蒲城县志愿者为老人剪发。", "学生们在街头擦拭护栏。", "610526")]
    public void Photo_that_names_no_place_takes_its_group_place(string earlier, string caption, string? code)
    {
        var photos = earlier.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(c => ArticleFactory.Create(null, c)).ToArray();

        Assert.Equal(code, GroupResolve(ArticleFactory.Create(null, caption), photos));
    }

    [Theory]
    // The run is read PhotoRunReach photos each way and no further, so a long gallery costs each photo bounded reads.
    [InlineData(0, "110000")]
    [InlineData(1, null)]
    public void A_photo_run_is_read_only_so_far(int beyondReach, string? code)
    {
        var photos = new[] { ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。") }
            .Concat(Enumerable.Range(0, EnrichmentContext.PhotoRunReach - 1 + beyondReach).Select(_ => ArticleFactory.Create(null, "市民献花。")))
            .ToArray();

        Assert.Equal(code, GroupResolve(ArticleFactory.Create(null, "学生代表献花。"), photos));
    }

    [Theory]
    // Later captions of the run, separated by |: where neither the caption nor an earlier one names a place, the nearest
    // later one that does gives it (图1…图2为某市…, one credit under all); another photographer's does not.
    [InlineData("市民献花。|在北京展览馆,志愿者为游客指路。", "张某", "110000")]
    [InlineData("市民献花。|在北京展览馆,志愿者为游客指路。|辽宁省抚顺市学生献花。", "张某", "110000")]
    [InlineData("市民献花。|临渭区志愿者清扫公园。|蒲城县志愿者为老人量血压。", "张某", "610500")]
    [InlineData("在北京展览馆,志愿者为游客指路。", "李某", null)]
    [InlineData("", "张某", null)]
    public void First_photo_that_names_no_place_takes_a_later_photo_place(string later, string laterBy, string? code)
    {
        static Byline Credit(string name) => new(name + " 摄", [name], null, BylineKind.Author);
        var photos = later.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(c => ArticleFactory.Create(null, c, byline: Credit(laterBy))).ToArray();
        var photo = ArticleFactory.Create(null, "学生代表献花。", byline: Credit("张某"));
        var context = new EnrichmentContext(ArticleFactory.EmptyBulletin()) { Following = photos };

        Assert.Equal(code, Regions.Resolve(new ArticleText(photo, context)).Primary?.Code);
    }

    [Theory]
    // The run is one photographer's: another's picture may be from anywhere.
    [InlineData("张某", "张某", "110000")]
    [InlineData("张某", "李某", null)]
    [InlineData("", "", "110000")]
    [InlineData("", "李某", null)]
    public void A_photo_group_is_one_photographer(string earlierBy, string by, string? code)
    {
        static Byline Credit(string name) => name.Length == 0 ? Byline.None : new Byline(name + " 摄", [name], null, BylineKind.Author);
        var earlier = ArticleFactory.Create(null, "在北京展览馆,志愿者为游客指路。", byline: Credit(earlierBy));
        var photo = ArticleFactory.Create(null, "志愿者为游客指路。", byline: Credit(by));

        Assert.Equal(code, GroupResolve(photo, earlier));
    }

    [Theory]
    // Only a photo takes the place, and only from photos printed right before it.
    [InlineData(true, true, "110000")]
    [InlineData(false, true, null)]
    [InlineData(true, false, null)]
    public void Only_a_run_of_photos_shares_its_place(bool earlierIsPhoto, bool isPhoto, string? code)
    {
        var earlier = ArticleFactory.Create(earlierIsPhoto ? null : "志愿服务", "在北京展览馆,志愿者为游客指路。");
        var article = ArticleFactory.Create(isPhoto ? null : "志愿服务", "志愿者为游客指路。");

        Assert.Equal(code, GroupResolve(article, earlier));
    }

    [Theory]
    // A credit for text and pictures (摄影报道, 文并摄) makes the uncredited story right before the photo one report with it; a
    // credit for the picture alone, or a story with a byline of its own, does not.
    [InlineData("李明 摄影报道", "", "110000")]
    [InlineData("记者 李明 文并摄", "", "110000")]
    [InlineData("李明 摄", "", null)]
    [InlineData("李明 摄影报道", "王芳", null)]
    public void Photo_credited_for_the_text_too_takes_the_place_of_the_story_before_it(string credit, string storyBy, string? code)
    {
        var story = ArticleFactory.Create("志愿服务", "在北京展览馆,志愿者为游客指路。",
            byline: storyBy.Length == 0 ? Byline.None : new Byline(storyBy, [storyBy], null, BylineKind.Author));
        var photo = ArticleFactory.Create(null, "志愿者为游客指路。", byline: new Byline(credit, ["李明"], null, BylineKind.Author));

        Assert.Equal(code, GroupResolve(photo, story));
    }

    [Theory]
    // A county's short name right after 街道 or 镇 starts the name of a community or estate inside the town, there and wherever
    // the text prints it bare again; standing alone it is the county.
    [InlineData("志愿者来到锦屏街道南溪未来社区开展服务。\n南溪未来社区负责人表示感谢。", null)]
    [InlineData("志愿者来到城关镇南溪小区开展服务。", null)]
    [InlineData("志愿者来到南溪开展服务。", "511503")]
    public void Short_county_name_after_a_town_word_names_a_place_inside_the_town(string text, string? code)
    {
        var regions = Resolve("志愿活动开展", text);

        Assert.Equal(code, regions.Primary?.Code);
        Assert.Equal(code is not null, regions.Mentioned.Any(m => m.Region.Code == "511503"));
    }

    [Theory]
    // The title's city named again before a ranking word (株洲首个, 厦门市最大的) only places the story's site within the city:
    // the district the text names still narrows the title. Named again on its own, the city keeps the story.
    [InlineData("株洲广场社区居民成为志愿者", "一年前,在株洲天元区某小区,株洲首个邻里互助服务中心成立。", "430211")]
    [InlineData("厦门金安社区:志愿服务暖人心", "厦门市湖里区金安社区是厦门市最大的保障性住房社区。", "350206")]
    [InlineData("株洲广场社区居民成为志愿者", "一年前,在株洲天元区某小区,株洲市文明办组织志愿者服务。", "430200")]
    public void City_named_again_before_a_ranking_word_does_not_keep_the_title_s_city(string title, string text, string code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }

    [Theory]
    // A title whose only place is a news outlet's name (某市电视台采访…) gives the story to the place the text names; where the
    // text names none, the outlet's city is still the story's.
    [InlineData("广州电视台采访同德街志愿者", "白云区同德街在汇德社区开展文明实践活动,广州市某社工服务中心参与。", "440111")]
    [InlineData("广州志愿者开展活动", "白云区同德街在汇德社区开展文明实践活动,广州市某社工服务中心参与。", "440100")]
    [InlineData("广州电视台采访志愿者", "志愿者开展文明实践活动。", "440100")]
    public void Title_naming_only_an_outlet_gives_way_to_the_place_of_the_text(string title, string text, string code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }

    [Theory]
    // The property comment an e-paper leaves under a story names the paper: a local paper's place tells apart the towns
    // several counties share; other markup names no outlet.
    [InlineData("2025-03-05 5 5 奉化日报 content_1.html 1 3 志愿活动开展 /enpproperty-->", "330213")]
    [InlineData("<!-- 奉化日报 -->", null)]
    public void E_paper_property_comment_names_the_outlet(string markup, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2025) with { Discarded = [new DiscardedText(markup, "markup")] };

        Assert.Equal(code, Resolve("志愿活动开展", "志愿者来到锦屏街道某社区开展服务。", bulletin).Primary?.Code);
    }

    [Theory]
    // 台湾, 香港 and 澳门 are where people and outlets come from when the text also names a mainland place: the story is there.
    [InlineData("让都市飘出烟火气——记台湾社区营造师李某", null, "他是来自台湾台中的小伙,却在福州市马尾区马尾镇某社区结识了一群银发朋友。", "350105")]
    [InlineData("让都市飘出烟火气", "记台湾社区营造师李某", "他是来自台湾台中的小伙,却在福州市马尾区马尾镇某社区结识了一群银发朋友。", "350105")]
    [InlineData("台湾同胞参访团抵达", null, "参访团成员来自台湾各地。", "710000")]
    public void Mainland_place_comes_before_taiwan_hong_kong_and_macao(string title, string? subtitle, string text, string code)
    {
        Assert.Equal(code, Regions.Resolve(ArticleText.Of(title, text, subtitle: subtitle)).Primary?.Code);
    }

    [Theory]
    // A government site's identifier (政府网站标识码) starts with its government's code: it tells apart the towns several
    // counties share, but gives no place to an article that names none; other numbers are no identifier.
    [InlineData("政府网站标识码:5118260001", "双石镇开展宣传活动。", "511826")]
    [InlineData("政府网站标识码:5118260001", "志愿者开展宣传活动。", null)]
    [InlineData("政府网站标识码:51182600", "双石镇开展宣传活动。", null)]
    [InlineData("联系电话:0835-6526078", "双石镇开展宣传活动。", null)]
    public void Government_site_identifier_places_the_towns_its_site_names(string footer, string text, string? code)
    {
        var bulletin = ArticleFactory.EmptyBulletin(2025) with { Discarded = [new DiscardedText(footer, "footer")] };

        Assert.Equal(code, Resolve(null, text, bulletin).Primary?.Code);
    }

    [Theory]
    // A county renamed to a district or city of another name is that district or city, not its old city (宜宾县 is now 叙州区).
    [InlineData("宜宾县文明办在该县某镇完成文明单位验收。", "511504")]
    [InlineData("绍兴县志愿者开展服务。", "330603")]
    [InlineData("遵义县某镇志愿者开展服务。", "520304")]
    public void Renamed_county_is_the_unit_that_took_its_place(string text, string code)
    {
        Assert.Equal(code, Resolve(null, text).Primary?.Code);
    }

    [Theory]
    [InlineData("5月23日,全国精神文明建设表彰大会在北京召开,我市5个村获评全国文明村镇。五个村分别为商州区某村、洛南县某村、丹凤县某村。", "611000")]
    [InlineData("中央文明委会议在北京举行,会上青溪镇获评先进。正定县青溪镇的志愿者深受鼓舞。", "130123")]
    [InlineData("全国道德模范座谈会在北京召开。", "110000")]                                  // the capital is all the text names
    [InlineData("全国文明城市创建现场会在正定县召开,与会代表参观了正定县的文明实践阵地。", "130123")] // held elsewhere: the host's news
    [InlineData("北京市朝阳区举行全国文明城区创建推进会。", "110105")]                            // the capital's own event
    public void The_capital_as_the_venue_of_a_national_event_is_not_the_story_s_place(string text, string code)
    {
        Assert.Equal(code, Resolve(null, text).Primary?.Code);
    }

    [Theory]
    // A town of a one-character stem names its county where it starts a phrase and is printed again, or right after its county.
    [InlineData("近年来,滋镇建起文明实践站。“站里天天有活动。”滋镇负责人说。", "371403")]
    [InlineData("陵城区滋镇建起文明实践站。", "371403")]
    // Printed once, inside a word, or before 长 (a surname and a title), it is no place.
    [InlineData("近年来,滋镇建起文明实践站。", null)]
    [InlineData("志愿者走进全镇各村,滋镇长说滋镇今年变化大。", null)]
    [InlineData("他神情明朗镇定,说话也明朗镇定。", null)]
    public void Town_of_a_one_character_stem_needs_its_county_or_to_be_printed_again(string text, string? code)
    {
        Assert.Equal(code, Resolve(null, text).Primary?.Code);
    }

    [Theory]
    // A slogan names the local unit by a name several places share (鼓楼区 of 福州, 南京, 徐州, 开封) once its city is in
    // context; without it, or outside a slogan, the name stays unread.
    [InlineData("共建美丽鼓楼 同创幸福家园", "街道向居民发放《文明福州市民手册》。", "350102")]
    [InlineData("同创幸福家园", "街道向居民发放《文明福州市民手册》,走访老鼓楼旧址。", "350100")]
    [InlineData("共建美丽鼓楼 同创幸福家园", "街道向居民发放宣传手册。", null)]
    public void Slogan_names_a_shared_name_whose_city_is_in_context(string title, string text, string? code)
    {
        Assert.Equal(code, Resolve(title, text).Primary?.Code);
    }
}
