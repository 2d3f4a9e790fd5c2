"""Rebuild jobkit/data/words/verbs.txt and jk1-verbs-noun-heads.txt from jieba's dictionary.

A development tool, not part of jobkit: jieba (MIT licence) is never a runtime dependency.
Usage:
    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba-dl
    tar -xzf /tmp/jieba-dl/jieba-0.42.1.tar.gz -C /tmp/jieba-dl
    python scripts/build_verbs.py /tmp/jieba-dl/jieba-0.42.1/jieba/dict.txt
"""
import re, sys
from pathlib import Path

DICT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/jieba-dl/jieba-0.42.1/jieba/dict.txt"
OUT = str(Path(__file__).resolve().parent.parent / "jobkit" / "data" / "words") + "/"

SEED = """草拟 起草 拟订 编制 制订 拟定 审定 审核 审查 转呈 转交 提交 呈报 下达 备案 存档 提出
调查 收集 整理 分析 研究 归纳 总结 提供 汇报 反馈 转达 通知 发布 维护 管理
主持 组织 指导 安排 协调 指示 监督 分配 控制 牵头 负责 审批 签发 批准 评估
发展 建议 倡议 参与 推荐 计划 实行 执行 带领 监管 采用 生产 参加 阐明 解释 协助
许可 定义 确定 确立 规划 决定 检查 核对 获得 制作 办理 达到 确保 鉴定 保持
促使 联络 支持 评价 辨明 界定 提议 预测 支援 维持 建立 开发 准备 处理 接待 监控
经营 确认 合作 协作 获得 设计 测试 建造 修改 执笔 引导 传递 翻译 操作 保证 预防
解决 介绍 支付 计算 修订 承担 谈判 商议 面谈 拒绝 否决 监视 比较 删除 运用""".split()

HAND = """整理 汇总 核实 记录 汇报 调度 联系 指导 策划 备案 办理 清点 盘点 核销 开票 核算 部署
规划 评价 界定 联络 商议 倡议 讲授 派工 派单 维保 约访 追收 换货 质检 质控 轮训 装机 协商
落实 健全 完善 强化 优化 加强 建档 立案 结案 复盘 排查 筛查 统筹 走访 回访 催收 录入 值守
授信 续签 对账 清收 催办 督办 报备 报批 报审 报修 报检 报送 上报 报告 建议 反馈 整改 跟单
跟催 接单 派发 分派 分拣 复核 复检 抽检 抽查 巡检 巡查 点检 检定 校验 校准 核准 审签 会签
签批 签署 签收 签订 回收 回传 回复 答复 回应 响应 受理 登记 分类 分级 归集 归档 存档 建册
造册 编号 编码 编写 撰写 草拟 起草 拟订 拟定 拟写 修订 更新 维护 发布 推送 推广 宣导 宣讲
培训 带教 辅导 考评 评审 评定 评比 评级 评分 打分 监测 监控 监听 监察 稽核 审计 预警 预判
研判 诊断 排障 排除 维修 检修 保养 更换 安装 调试 交付 验收 移交 交接 对接 衔接 统计 测算
核定 核发 发放 配发 领用 申领 申购 采购 询价 比价 议价 谈判 洽谈 拜访 接待 陪同 引导 疏导
安抚 劝导 解答 解释 讲解 演示 指引 指派 调配 排班 轮值 值班 督导 督查 巡视 约谈 面谈 访谈
调研 调查 征集 采集 收集 搜集 挖掘 开拓 开发 拓展 维系 经营 运营 运维 托管 保管 管控 把控
把关 防控 处置 应对 协调 沟通 协同 配合 支持 保障 确保 推动 推进 牵头 主导 主持 组织 召集
召开 参加 参与 出席 列席 跟进 跟踪 追踪 督促 提醒 通知 告知 通报 公示 接听 拨打 呼出 外呼
转接 记载 填写 填报 开具 出具 核对 审阅 批复 答疑 受训 授课 带领 指挥 考核 测评 分析 预测
编排 核查 复查 稽查 勘查 勘察 检测 检验 测量 建立 搭建 组建 设计 制定 制订 执行 实施 开展
完成 做好 负责 协助 承办 督办 跟办 经办 办结 转办 交办 分办 承接 补录 导入 导出 备份 清理
归类 汇编 编纂 编印 印发 分发 转发 报请 呈送 呈批 送审 送达 递交 交付 提报 申报 报销 结算
支付 收取 收缴 追缴 催缴 清欠 核收 收款 付款 回款 退款 退换 理赔 赔付 补偿 赔偿 调解 仲裁
处理 解决 处理 化解 纠正 整改 改进 提升 提高 降低 控制 压缩 缩短 减少 增加 扩大 保持 维持
确认 核准 许可 授权 委派 任命 聘用 招聘 甄选 面试 选拔 录用 调配 考勤 辅助 支援 接洽 联络
宣传 发掘 识别 甄别 评估 判定 鉴定 界定 分辨 核验 验证 查验 查询 查阅 检索 调取 调阅 调用
收发 收集 传达 传递 转达 转告 解读 宣贯 贯彻 落实 遵守 执行 监视 巡逻 看管 保卫 守护 维护
保修 维修 抢修 返修 检修 巡修 装配 拆卸 更换 调整 校正 修正 修改 修订 完善 梳理 提炼 总结
归纳 撰拟 拟稿 审稿 定稿 校对 核稿 会审 评议 审议 决策 决定 批准 审批 签发 审定 核定 裁定
否决 驳回 退回 退还 发起 启动 筹备 筹划 筹建 统筹 策划 谋划 规划 计划 预算 核算 测算 估算
分析 研究 论证 评审 复审 初审 终审 稽核 审核 审查 抽查 检查 督查 巡查 考察 视察 走访 暗访
回访 拜访 约见 接见 会见 会晤 对话 沟通 协商 磋商 谈判 洽谈 签约 履约 续约 解约 监督 跟踪
交流 交货 交代 传授 保密 开单 开户 开箱 排序 接管 收费 收银 查明 查清 定价 定位 定级 编辑 编程
编录 编目 编组 装运 装车 装箱 装载 配套 记账 问候 问明 问清 领导 领会 调剂 清洁 清查 报价 报警
发货 教授 教学 印制 订货 订票 维权 评论 运货 交款 换发 派员 带队 领队 清淤 配送 配货 送货 派送
收货 验货 发运 开通 开设 开立 开放 开具 开列 受领 申请 办结 上门 出差 驻场 陪访 走访
代理 任命 会见 作业 关心 动员 参观 商量 声明 委托 宣告 布置 证实 证明 行使 交易 命令 等候 见面
讲话 下单 上线 比对 整治 值勤 值日 指点 组训 考量 开机 换班 轮班 汇款 预支 接线 报案 收治 复盘
出访 回电 致电 来访 核保 核赔 查勘 定损 理算 结清 销账 挂账 开单 补单 撤单 退单 改签 改约
预约 约定 确诊 排期 排产 试用 试运行 试产 试机 开通 停机 复机 销户 开户 挂失 解挂 冻结 解冻""".split()

SINGLE = """做 写 查 审 签 催 送 发 收 派 接 拨 抓 管 盯 带 讲 算 记 填 报 交 买 卖 修 装 换 测
验 核 订 建 跟 陪 领 寄 存 取 答 编 改 排 配 谈 访 巡 守 清 盘 录 批 推 办 拟 教 印 传 搬 运
打 听 看 问 回 督 评 定 制 设 开 建 拓 保 维 调 控 审""".split()

# Words tagged v/vn in the source that are not actions a duty opens with, or that head
# noun phrases in duties (工作, 设备, 活动, 有关 …): left out so that a noun opening is not read as a verb.
EXCLUDE = set("""是 有 没有 可以 应该 应当 需要 能够 可能 觉得 认为 希望 喜欢 成为 属于 具有 存在
包括 包含 位于 等于 相关 有关 工作 设备 活动 来电 应收 应付 生活 革命 运动 旅游 胜利 综合 出口
进口 反应 生命 体育 工资 流通 发育 合理 微笑 遗产 自动 犯罪 临床 联赛 进展 经费 服装 生理 免费
娱乐 预期 活跃 助理 整整 遗传 违法 变量 优惠 亏损 旅行 防务 常设 生育 冲动 被动 审美 劳务 预先
驻外 试试 谈谈 定理 失利 活活 巨响 生计 试管 影像 劳工 爽口 分外 有误 管用 自费 影踪 活命 工整
胜算 波折 通通 活计 影业 有氧 有偿 运费 按理 工期 活期 劳损 后排 外设 指环 影评 配乐 试纸 牙刷
在职 离职 入职 在岗 日常 定期 及时 同时 以及 并且 通过 根据 按照 依据 针对 基于 利用 为了 为 对
于 与 和 及 让 使 被 叫 给 在 从 向 往 朝 得 要 会 能 可 应 该 需 须 必须 务必 愿意 敢 肯 想 像
好像 似乎 仿佛 显得 看来 看起来 等 等等 其他 其它 一些 适当 尽量 尽快 现在 目前 正在 将要 即将
已经 曾经 开始 结束 继续 进行中 需求 疑问 坐席 满意 满足感 意愿 愿望 心愿 渴望 期望 希望 失望 质疑""".split())

def main():
    freq = {}
    for line in open(DICT, encoding="utf-8"):
        w, f, t = line.split()
        freq[w] = (int(f), t)
    derived = set()
    for w, (f, t) in freq.items():
        if not re.fullmatch(r"[\u4e00-\u9fff]+", w):
            continue
        if t == "v" and (len(w) == 2 and f >= 10 or len(w) in (3, 4) and f >= 20):
            derived.add(w)
        elif t == "vn" and len(w) == 2 and f >= 50:
            derived.add(w)
    verbs = set(SEED) | set(HAND) | set(SINGLE) | derived
    verbs -= EXCLUDE
    verbs |= set(SEED) | set(HAND) | set(SINGLE)  # hand-curated words win over the exclusions
    seed = sorted(set(SEED))
    hand = sorted((set(HAND) | set(SINGLE)) - set(SEED))
    rest = sorted(verbs - set(SEED) - set(HAND) - set(SINGLE), key=lambda w: (len(w), w))
    header = """\
# Action verbs a duty statement may open with (JK101 duty-starts-with-verb, JK106).
# 职责可用作开头的动作动词（JK101、JK106 使用）。一行一个词，# 之后为注释。
#
# Sources / 来源:
#  1. The duty-writing vocabulary of seed 001 (如何设计岗位职责; the same words as verbs-core.txt).
#  2. Words added by hand: verbs of customer-service, credit, after-sales and office work
#     (接听, 回访, 催收, 录入, 巡检 …) and one-character verbs that open duties (写, 查, 审 …).
#  3. Derived once from the dictionary of jieba 0.42.1 (jieba/dict.txt, MIT licence,
#     Copyright (c) 2013 Sun Junyi; https://pypi.org/project/jieba/): all-Chinese words tagged
#     `v` with 2 characters and frequency >= 10 or 3-4 characters and frequency >= 20, and words
#     tagged `vn` with 2 characters and frequency >= 50; less a hand list of words that are not
#     actions or head noun phrases in duties (是, 有, 相关, 有关, 工作, 设备, 活动, 来电, 应收,
#     入职, 目前, 及时 …). jieba is not a run-time dependency.
#     另据 jieba 0.42.1 词典（MIT 许可）一次性抽取：标注为 v 的二字词（词频≥10）和三四字词
#     （词频≥20），标注为 vn 的二字词（词频≥50），剔除非动作词和常作名词短语开头的词。
#
# A project adds words in jobkit.yaml: lint.words.verbs: [词1, 词2].
# 项目可在 jobkit.yaml 的 lint.words.verbs 中补充词语。
"""
    with open(OUT + "verbs.txt", "w", encoding="utf-8") as out:
        out.write(header)
        out.write("\n# --- 1. seed 001 vocabulary / 种子文档 001 的常用词 ---\n")
        out.write("\n".join(seed) + "\n")
        out.write("\n# --- 2. added by hand / 手工补充 ---\n")
        out.write("\n".join(hand) + "\n")
        out.write("\n# --- 3. from jieba 0.42.1 dict.txt (v, vn) / 取自 jieba 词典 ---\n")
        out.write("\n".join(rest) + "\n")
    # Two-character words that begin with a one-character verb but are not verbs (报表, 订单, 发票):
    singles = set(SINGLE)
    heads = sorted(w for w, (f, t) in freq.items()
                   if len(w) == 2 and w[0] in singles and f >= 20 and w not in verbs
                   and t not in ("v", "vn") and re.fullmatch(r"[\u4e00-\u9fff]+", w))
    header2 = """\
# Two-character words that begin with a one-character verb of verbs.txt but are not verbs
# (报表, 订单, 发票 …): a statement opening with one of them opens with a noun (JK101).
# 以单字动词开头、但本身不是动词的二字词（报表、订单、发票……）：以它们开头的职责视为名词开头。
#
# Source / 来源: derived once from the dictionary of jieba 0.42.1 (jieba/dict.txt, MIT licence,
# Copyright (c) 2013 Sun Junyi): two-character words with frequency >= 20 that are not tagged
# v or vn and whose first character is one of the one-character verbs of verbs.txt.
# 取自 jieba 0.42.1 词典（MIT 许可）：词频≥20、词性非 v/vn、首字为 verbs.txt 中单字动词的二字词。
# A project adds words in jobkit.yaml: lint.words.jk1_verbs_noun_heads.
"""
    with open(OUT + "jk1-verbs-noun-heads.txt", "w", encoding="utf-8") as out:
        out.write(header2 + "\n" + "\n".join(heads) + "\n")
    print(len(verbs), len(heads), len(derived))

main()
