// Word pools for the synthetic province (the benchmark's fixture, never
// shipped data). Place names are made by pairing syllables, so no real place
// or any document of the corpus is named; the pools only give the generated
// text the length, vocabulary and variety of a real plan's items.

export const SYLLABLES = [
  "安",
  "宁",
  "平",
  "和",
  "丰",
  "泰",
  "康",
  "永",
  "兴",
  "华",
  "清",
  "泉",
  "林",
  "河",
  "阳",
  "远",
  "新",
  "德",
  "福",
  "庆",
  "通",
  "昌",
  "盛",
  "嘉",
  "瑞",
  "祥",
  "云",
  "溪",
  "峰",
  "川",
  "桥",
  "崇",
  "文",
  "武",
  "长",
  "乐",
  "延",
  "吉",
  "春",
  "秀",
  "明",
  "光",
  "源",
  "岭",
  "湾",
  "台",
  "宝",
  "金",
];

export const DEPARTMENTS = [
  "发展和改革局",
  "工业和信息化局",
  "住房和城乡建设局",
  "交通运输局",
  "农业农村局",
  "生态环境局",
  "商务局",
  "文化广电和旅游局",
  "卫生健康委员会",
  "教育局",
  "科学技术局",
  "自然资源局",
  "水务局",
  "市场监督管理局",
  "应急管理局",
  "民政局",
  "人力资源和社会保障局",
  "财政局",
];

export const THEMES = [
  "科技成果转化",
  "高端装备",
  "智慧农业",
  "口岸经济",
  "工业设计",
  "全民健身",
  "公共服务",
  "数字经济",
  "绿色低碳",
  "乡村振兴",
  "现代物流",
  "文化旅游",
  "健康养老",
  "营商环境",
  "城市更新",
  "生态保护",
  "教育强基",
  "人才集聚",
  "开放合作",
  "平安建设",
  "现代金融",
  "特色小镇",
  "水利安全",
  "能源保障",
  "数字政府",
];
export const GOAL_FORMS = ["打造{}高地", "建设{}强省"];

export const LEADS = [
  "加快推进",
  "全面实施",
  "大力发展",
  "深入开展",
  "持续推进",
  "积极培育",
  "着力打造",
  "统筹推进",
  "加快建设",
  "稳步实施",
  "高标准建设",
  "扎实推进",
  "系统推进",
  "有序推进",
];

export const OBJECTS = [
  "智能装备产业园",
  "冷链物流中心",
  "老旧小区改造",
  "5G基站布局",
  "高标准农田",
  "污水处理厂提标改造",
  "中小学校扩容",
  "新能源汽车零部件基地",
  "跨境电商综合试验区",
  "数字乡村示范点",
  "全民健身中心",
  "城市地下管网改造",
  "生物医药创新港",
  "文化旅游度假区",
  "农产品加工园区",
  "智慧交通平台",
  "创业孵化基地",
  "社区养老服务中心",
  "生态修复工程",
  "现代种业基地",
  "工业互联网平台",
  "保障性租赁住房",
  "口岸功能提升",
  "冰雪运动场馆",
  "森林防火通道",
  "河湖长制落实",
];

export const TAILS = ["建设", "项目", "工程", "三年行动", "提质增效", "示范创建"];

export const METRICS: {
  metric: string;
  uom: string;
  min: number;
  max: number;
  kind: "absolute" | "percent";
}[] = [
  { metric: "产值", uom: "亿元", min: 5, max: 500, kind: "absolute" },
  { metric: "固定资产投资", uom: "亿元", min: 1, max: 120, kind: "absolute" },
  { metric: "新增企业", uom: "家", min: 10, max: 800, kind: "absolute" },
  { metric: "覆盖率", uom: "%", min: 60, max: 100, kind: "percent" },
  { metric: "新建项目", uom: "个", min: 3, max: 60, kind: "absolute" },
  { metric: "接待游客", uom: "万人次", min: 50, max: 3000, kind: "absolute" },
];

export const PROGRESS = [
  "已完成年度计划工程量的{p}%，",
  "项目主体工程完工，累计完成投资{p}%。",
  "完成前期手续办理，进入施工阶段，",
  "召开专题推进会{n}次，协调解决问题{n}项。",
  "已签约入驻企业{n}家，",
  "受原材料价格影响，进度略有滞后，",
  "按计划有序推进，",
];
export const NEXT = [
  "下一步将加快施工进度。",
  "下季度完成竣工验收。",
  "持续跟踪调度。",
  "确保年底前全面完成。",
];

export const REPORTERS = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
