"""`jobkit import` reads the layouts Word job descriptions come in: form tables with merged
cells (either orientation), duty tables in any column order, headed prose, compilations."""
from __future__ import annotations

import pytest
import yaml

from conftest import run_jobkit
from word_files import word_files

FORM = """
<p><b>售后服务专员岗位说明书</b></p>
<table border="1">
<tr><td>岗位编号</td><td>SH-03</td><td>定员</td><td>6人</td></tr>
<tr><td>所属部门</td><td>客户服务部</td><td>职位名称</td><td>售后服务专员</td></tr>
<tr><td>直接上级</td><td>售后服务主管</td><td>工资等级</td><td>P4</td></tr>
<tr><td>岗位目的</td><td colspan="3">安排和跟踪家电的上门维修，保证客户报修按时办结。</td></tr>
<tr><td rowspan="3">任职资格</td><td>学历</td><td colspan="2">本科及以上学历，机械或电子相关专业</td></tr>
<tr><td>经验</td><td colspan="2">3年以上家电售后服务经验</td></tr>
<tr><td>技能</td><td colspan="2">熟练使用万用表、熟悉空调制冷原理</td></tr>
<tr><td>岗位职责</td><td colspan="3">1、受理客户报修并派工；<br>2、跟踪维修进度并回访客户；<br>3、整理维修记录，每月汇总报送。</td></tr>
<tr><td>特殊说明</td><td colspan="3">夏季高峰期需轮流值班</td></tr>
</table>
"""

DOWN = """
<p><b>质检专员岗位说明书</b></p>
<table border="1">
<tr><td>岗位名称</td><td>所属部门</td><td>直接上级</td><td>岗位编号</td></tr>
<tr><td>质检专员</td><td>质量管理部</td><td>质检主管</td><td>ZJ-02</td></tr>
</table>
<p><b>岗位职责</b></p>
<table border="1">
<tr><td>序号</td><td>职责</td><td>工作内容</td><td>时间占比</td><td>工作标准</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">通话质检</td><td>按抽样规则抽听坐席录音并评分</td><td rowspan="2">60%</td><td>每人每月不少于20通</td></tr>
<tr><td>标注扣分环节和录音时间点</td><td>标注准确</td></tr>
<tr><td>2</td><td>质检分析</td><td>汇总评分结果，编写月度质检报告</td><td>40%</td><td>每月5日前报送</td></tr>
</table>
"""

PROSE = """
<h1>客户关系专员岗位说明书</h1>
<h2>一、基本信息</h2>
<p>岗位名称：客户关系专员</p><p>所属部门：客户服务部</p><p>直接上级：客户关系主管</p>
<h2>二、岗位概述</h2>
<p>维护公司与重点客户的日常联系，提高客户满意度和复购率。</p>
<h2>三、岗位职责</h2>
<p>1. 客户建档：收集客户资料并在客户关系管理系统中建档</p>
<p>2. 定期回访客户，记录客户意见（占30%）</p>
<p>3. 组织客户答谢活动</p>
<h2>四、任职要求</h2>
<ol><li>大专以上学历，市场营销专业；</li><li>2年以上客户服务工作经验；</li>
<li>熟练使用办公软件；</li><li>性格开朗，有耐心；</li><li>爱好摄影；</li><li>服从工作安排</li></ol>
<h2>五、工作环境</h2>
<p>办公室，偶尔外出拜访客户</p>
"""

COMPILATION = """
<h1>客户服务部岗位职责汇编</h1>
<p>本汇编收录客户服务部各岗位的职责与任职要求。</p>
<h2>一、客服主管</h2>
<h3>岗位职责</h3>
<p>1. 制定客服团队的排班和培训计划</p><p>2. 审核客户投诉的处理方案</p>
<h3>任职要求</h3>
<p>1. 本科以上学历</p><p>2. 5年以上客户服务经验</p>
<h2>二、客服专员</h2>
<p>直接上级：客服主管</p>
<h3>岗位职责</h3>
<p>1. 接听客户来电并登记工单</p><p>2. 跟进工单直至办结</p>
<h3>任职要求</h3>
<p>1. 大专以上学历</p>
<h2>三、客服助理</h2>
<p>直接上级：客服主管</p>
<h3>岗位职责</h3>
<p>1. 整理客服部的文件和报表</p>
"""


CLASSIC = """
<p align="center"><b>岗位说明书</b></p>
<table border="1">
<tr><td>岗位名称</td><td>客户服务经理</td><td>岗位编号</td><td>KF-001</td></tr>
<tr><td>所在部门</td><td>客户服务部</td><td>岗位定员</td><td>1</td></tr>
<tr><td>直接上级</td><td>营销副总</td><td>工资等级</td><td>M2</td></tr>
<tr><td>直接下级</td><td>客服主管、投诉主管</td><td>薪酬类型</td><td>年薪制</td></tr>
<tr><td>所辖人员</td><td>25人</td><td>岗位分析日期</td><td>2025年3月</td></tr>
<tr><td colspan="4">本职：全面负责公司客户服务体系的建立和运行，提升客户满意度</td></tr>
<tr><td colspan="4">职责与工作任务：</td></tr>
<tr><td rowspan="3">职责一</td><td colspan="2">职责表述：制定客户服务制度</td><td>工作时间百分比：20%</td></tr>
<tr><td rowspan="2">工作任务</td><td colspan="2">组织编写客户服务管理制度</td></tr>
<tr><td colspan="2">审核各项服务流程并监督执行</td></tr>
<tr><td rowspan="2">职责二</td><td colspan="2">职责表述：管理客户投诉处理工作，维护公司声誉</td><td>工作时间百分比：30%</td></tr>
<tr><td>工作任务</td><td colspan="2">审批重大投诉的处理方案</td></tr>
<tr><td colspan="4">权力：客户服务费用的审批权；部门员工的考核权</td></tr>
<tr><td rowspan="2">工作协作关系</td><td>内部协调关系</td><td colspan="2">销售部、技术部、财务部</td></tr>
<tr><td>外部协调关系</td><td colspan="2">重要客户、消费者协会</td></tr>
<tr><td rowspan="5">任职资格</td><td>教育水平</td><td colspan="2">本科及以上</td></tr>
<tr><td>专业</td><td colspan="2">市场营销、管理类相关专业</td></tr>
<tr><td>培训经历</td><td colspan="2">客户关系管理、团队管理培训</td></tr>
<tr><td>经验</td><td colspan="2">5年以上客户服务管理工作经验</td></tr>
<tr><td>个人素质</td><td colspan="2">沟通协调能力强、有责任心</td></tr>
<tr><td rowspan="2">其他</td><td>使用工具设备</td><td colspan="2">计算机、电话、打印机</td></tr>
<tr><td>工作环境</td><td colspan="2">办公室</td></tr>
<tr><td>考核指标</td><td colspan="3">客户满意度、投诉处理及时率、部门费用控制</td></tr>
</table>
"""


VARIANTS = """
<p><b>岗位说明书——信用专员</b></p>
<table border="1">
<tr><td>岗位名称：信用专员</td><td>所属部门：信用管理部</td></tr>
<tr><td>直接上级：信用主管</td><td>岗位编号：XY-02</td></tr>
</table>
<p><b>【岗位职责】</b></p>
<p>职责一：客户信用调查</p>
<p>1、收集新客户的工商登记和财务资料</p>
<p>2、实地走访重点客户</p>
<p>职责二：应收账款跟踪</p>
<p>1、每周核对到期账款</p>
<table border="1">
<tr><td>工作职责</td><td>具体内容</td><td>完成时间</td></tr>
<tr><td>催收</td><td>对逾期账款发出催收函</td><td>逾期后3日内</td></tr>
</table>
"""


TABLES = """
<table border="1"><tr><td>岗位名称</td><td>回访专员</td><td>所属部门</td><td>客户服务部</td></tr>
<tr><td>岗位职责</td><td colspan="3">1、按计划回访已完工的客户<br>2、记录客户意见并转交责任部门</td></tr>
<tr><td>考核指标</td><td colspan="3">回访完成率100%（权重60%）；客户满意度≥90分（权重40%）</td></tr></table>
<p></p>
<table border="1"><tr><td>岗位名称</td><td>档案专员</td><td>所属部门</td><td>客户服务部</td></tr>
<tr><td>岗位职责</td><td colspan="3">1、整理和归档客户服务档案</td></tr></table>
"""


INLINE = """
<table border="1">
<tr><td>岗位名称</td><td>安装专员</td><td>所属部门</td><td>售后服务部</td></tr>
<tr><td colspan="4">岗位职责</td></tr>
<tr><td>序号</td><td>职责</td><td>工作内容</td><td>时间占比</td></tr>
<tr><td>1</td><td>上门安装</td><td>按预约时间上门安装调试</td><td>70%</td></tr>
<tr><td>2</td><td>安装回访</td><td>安装后3日内电话回访</td><td>30%</td></tr>
<tr><td>任职资格</td><td colspan="3">中专以上学历，持电工证</td></tr>
</table>
"""


SPACED = """
<table border="1">
<tr><td>岗 位 名 称</td><td>网点督导</td><td>所 属 部 门</td><td>售后服务部</td></tr>
<tr><td>汇报关系</td><td colspan="3">向售后服务主管汇报</td></tr>
<tr><td>任职要求</td><td colspan="3">1、三年以上家电售后服务经验<br>2、持有C1驾驶证</td></tr>
</table>
<table border="1">
<tr><td>序号</td><td>工作内容</td><td>时间占比</td></tr>
<tr><td>1</td><td>巡查授权服务网点的服务规范执行情况</td><td>约60%</td></tr>
<tr><td>2</td><td>组织网点工程师的技能培训</td><td>约40%</td></tr>
</table>
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layouts")
    files = word_files(folder, {"form": FORM, "down": DOWN, "prose": PROSE,
                                "compilation": COMPILATION, "classic": CLASSIC,
                                "variants": VARIANTS, "tables": TABLES, "inline": INLINE,
                                "spaced": SPACED})
    out = folder / "out"
    result = run_jobkit("import", *map(str, files.values()), "-o", str(out))
    assert result.code == 0, result.text
    jobs = {}
    for path in out.glob("*.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        jobs[data["basic"]["title"]] = data
    return jobs, result, out


def test_every_job_of_every_file_becomes_a_valid_file(imported):
    jobs, _, out = imported
    lint = run_jobkit("lint", str(out), "--fail-on", "error")
    assert lint.code == 0, lint.text  # no errors; the warnings say what to improve:
    assert "JK102" in lint.out  # duties without a standard, as old job descriptions often are
    assert set(jobs) == {"售后服务专员", "质检专员", "客户关系专员", "客服主管", "客服专员", "客服助理",
                         "客户服务经理", "信用专员", "回访专员", "档案专员", "安装专员", "网点督导"}
    assert run_jobkit("validate", str(out)).code == 0


def test_a_form_table_with_merged_cells_in_any_order(imported):
    job = imported[0]["售后服务专员"]
    assert job["id"] == "sh-03"
    basic = job["basic"]
    assert (basic["code"], basic["department"], basic["reports_to"], basic["grade"],
            basic["headcount"]) == ("SH-03", "客户服务部", "售后服务主管", "P4", 6)
    assert job["summary"] == "安排和跟踪家电的上门维修，保证客户报修按时办结。"
    q = job["qualifications"]
    assert q["education"] == {"level": "本科", "major": "机械或电子相关专业"}
    assert q["experience"] == {"years": 3, "field": "家电售后服务"}
    assert q["skills"] == ["熟练使用万用表", "熟悉空调制冷原理"]
    assert [d["statement"] for d in job["duties"]] == [
        "受理客户报修并派工", "跟踪维修进度并回访客户", "整理维修记录，每月汇总报送"]
    assert job["notes"] == ["特殊说明：夏季高峰期需轮流值班"]  # nothing is lost


def test_labels_above_values_and_a_duty_table_whose_cells_span_rows(imported):
    job = imported[0]["质检专员"]
    assert job["id"] == "zj-02"
    assert (job["basic"]["department"], job["basic"]["reports_to"]) == ("质量管理部", "质检主管")
    first, second = job["duties"]
    assert first == {"title": "通话质检",
                     "statement": "按抽样规则抽听坐席录音并评分；标注扣分环节和录音时间点",
                     "standard": "每人每月不少于20通；标注准确", "time_pct": 60}
    assert second["title"] == "质检分析" and second["time_pct"] == 40
    assert second["standard"] == "每月5日前报送"


def test_headed_prose_with_numbered_duties_and_a_requirements_list(imported):
    job = imported[0]["客户关系专员"]
    assert job["basic"]["department"] == "客户服务部"
    assert job["summary"].startswith("维护公司与重点客户")
    duties = job["duties"]
    assert duties[0]["title"] == "客户建档"
    assert duties[0]["statement"] == "收集客户资料并在客户关系管理系统中建档"
    assert duties[1]["time_pct"] == 30 and "（占30%）" not in duties[1]["statement"]
    assert len(duties) == 3
    q = job["qualifications"]
    assert q["education"] == {"level": "大专", "major": "市场营销专业"}
    assert q["experience"] == {"years": 2, "field": "客户服务工作"}
    assert q["skills"] == ["熟练使用办公软件"]
    assert q["personality"] == ["性格开朗", "有耐心"]
    assert q["interests"] == ["爱好摄影"]
    assert job["notes"] == ["任职资格：服从工作安排"]
    assert job["environment"]["workplace"] == "办公室，偶尔外出拜访客户"


def test_guesses_are_marked_in_the_yaml(imported):
    _, _, out = imported
    text = next(p for p in out.glob("*.yaml") if "客户关系专员" in p.read_text("utf-8")) \
        .read_text("utf-8")
    lines = [line for line in text.splitlines() if "title: 定期回访客户" in line]
    assert lines and "推测" in lines[0] and "guessed" in lines[0]


def test_a_compilation_gives_one_job_per_heading_linked_by_id(imported):
    jobs, result, _ = imported
    head = jobs["客服主管"]
    assert [d["statement"] for d in head["duties"]] == ["制定客服团队的排班和培训计划",
                                                       "审核客户投诉的处理方案"]
    assert head["qualifications"]["experience"] == {"years": 5, "field": "客户服务"}
    for name in ("客服专员", "客服助理"):
        assert jobs[name]["basic"]["reports_to"] == head["id"] == "kefuzhuguan"
    assert "本汇编收录客户服务部各岗位" in result.out  # reported, not silently dropped
    assert {jobs[n]["basic"]["department"] for n in ("客服主管", "客服专员", "客服助理")} == {"客户服务部"}


def test_the_classic_form_with_duty_blocks_and_sections_down_the_side(imported):
    job = imported[0]["客户服务经理"]
    basic = job["basic"]
    assert (basic["code"], basic["headcount"], basic["reports_to"], basic["grade"]) == \
        ("KF-001", 1, "营销副总", "M2")
    # 客服主管 comes in with the compilation of the same run: linked by its id
    assert basic["subordinates"] == ["kefuzhuguan", "投诉主管"]
    assert job["summary"] == "全面负责公司客户服务体系的建立和运行，提升客户满意度"
    first, second = job["duties"]
    assert first == {"title": "制定客户服务制度",
                     "statement": "组织编写客户服务管理制度；审核各项服务流程并监督执行",
                     "time_pct": 20}
    assert second["statement"] == "管理客户投诉处理工作，维护公司声誉：审批重大投诉的处理方案"
    assert second["time_pct"] == 30
    assert [c["party"] for c in job["relations"]["internal"]] == ["销售部", "技术部", "财务部"]
    q = job["qualifications"]
    assert q["education"] == {"level": "本科", "major": "市场营销、管理类相关专业"}
    assert q["experience"] == {"years": 5, "field": "客户服务管理工作"}
    assert q["personality"] == ["沟通协调能力强", "有责任心"]
    assert job["equipment"] == ["计算机", "电话", "打印机"]
    assert job["environment"]["workplace"] == "办公室"
    assert [k["name"] for k in job["kpis"]] == ["客户满意度", "投诉处理及时率", "部门费用控制"]
    assert set(job["notes"]) == {"薪酬类型：年薪制", "所辖人员：25人", "岗位分析日期：2025年3月",
                                 "权力：客户服务费用的审批权；部门员工的考核权"}


def test_variants_people_type_labels_in_cells_bracketed_and_numbered_duty_groups(imported):
    job = imported[0]["信用专员"]
    assert job["id"] == "xy-02"
    assert (job["basic"]["department"], job["basic"]["reports_to"]) == ("信用管理部", "信用主管")
    assert job["duties"][:2] == [
        {"title": "客户信用调查", "statement": "收集新客户的工商登记和财务资料；实地走访重点客户"},
        {"title": "应收账款跟踪", "statement": "每周核对到期账款"}]
    assert job["duties"][2] == {"title": "催收", "statement": "对逾期账款发出催收函",
                                "deadline": "逾期后3日内"}
    assert not job.get("notes")


def test_one_form_table_per_job_and_kpis_typed_as_a_line(imported):
    jobs = imported[0]
    assert [d["statement"] for d in jobs["档案专员"]["duties"]] == ["整理和归档客户服务档案"]
    assert jobs["回访专员"]["kpis"] == [
        {"name": "回访完成率", "target": "100%", "weight": 60},
        {"name": "客户满意度", "target": "≥90分", "weight": 40}]


def test_a_duty_table_inside_the_form_table(imported):
    job = imported[0]["安装专员"]
    assert [(d["title"], d["statement"], d["time_pct"]) for d in job["duties"]] == [
        ("上门安装", "按预约时间上门安装调试", 70), ("安装回访", "安装后3日内电话回访", 30)]
    assert job["qualifications"]["education"] == {"level": "中专"}
    assert job["qualifications"]["certificates"] == ["持电工证"]
    assert not job.get("notes")


def test_spaced_labels_a_reporting_sentence_and_numbers_in_words(imported):
    job = imported[0]["网点督导"]
    assert (job["basic"]["department"], job["basic"]["reports_to"]) == ("售后服务部", "售后服务主管")
    q = job["qualifications"]
    assert q["experience"] == {"years": 3, "field": "家电售后服务"}
    assert q["certificates"] == ["持有C1驾驶证"]
    assert [(d["statement"], d["time_pct"]) for d in job["duties"]] == [
        ("巡查授权服务网点的服务规范执行情况", 60), ("组织网点工程师的技能培训", 40)]
