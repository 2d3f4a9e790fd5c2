"""The labels Chinese (and English) job descriptions use, mapped to jobkit's fields.

Each field lists the names people give it in form tables and headings; jobkit's own labels
(render/labels.py) are among them, so a DOCX jobkit wrote reads back field by field.
"""
from __future__ import annotations

import re

from jobkit.render.labels import labels

# field path -> names; a path with a dot is inside a section (basic.title …)
_NAMES: dict[str, tuple[str, ...]] = {
    "basic.title": ("岗位名称", "职位名称", "职务名称", "岗位", "职位", "职务", "job title",
                    "position", "title"),
    "basic.code": ("岗位编号", "职位编号", "岗位编码", "职位编码", "岗位代码", "职位代码", "编号",
                   "job code"),
    "basic.department": ("所属部门", "所在部门", "部门", "任职部门", "department"),
    "basic.reports_to": ("直接上级", "直属上级", "汇报对象", "汇报上级", "上级", "上级岗位",
                         "直接主管", "直接上级岗位", "直接上级职位", "上级职位", "直接领导",
                         "汇报关系", "reports to"),
    "basic.reports_to_next": ("间接上级", "next level up"),
    "basic.subordinates": ("直接下级", "所辖人员", "直接下属", "下属", "下级", "下级岗位",
                           "管理对象", "直接下级岗位", "下属岗位", "所辖岗位", "direct reports"),
    "basic.headcount": ("定员人数", "岗位定员", "定员", "编制", "岗位编制", "编制人数", "人数", "headcount"),
    "basic.grade": ("工资等级", "岗位等级", "职级", "薪资等级", "薪酬等级", "岗级", "职等",
                    "grade"),
    "basic.pay": ("工资水平", "薪酬", "薪资", "薪酬范围", "薪资范围", "工资", "薪资标准",
                  "岗位工资", "pay"),
    "basic.nature": ("工作性质", "岗位类别", "岗位性质", "职位类别", "职系", "岗位序列",
                     "nature of work"),
    "basic.occupation_code": ("职业分类代码", "职业代码", "occupation code"),
    "summary": ("本职", "岗位本职", "岗位目的", "岗位概述", "工作概要", "职位概要", "岗位使命", "职位目的", "岗位综述",
                "工作概述", "岗位概要", "职位概述", "岗位设置目的", "summary", "job purpose"),
    "duties": ("岗位职责", "工作职责", "职责", "主要职责", "职责描述", "职责与工作内容",
               "工作内容", "主要工作", "职责与工作任务", "duties", "responsibilities"),
    "relations": ("工作关系", "工作协作关系", "协作关系", "working relationships"),
    "relations.supervised_by": ("受谁监督", "supervised by"),
    "relations.supervises": ("监督谁", "supervises"),
    "relations.promotion": ("可晋升的职位", "晋升方向", "晋升通道", "可晋升职位", "promotion to"),
    "relations.transfer": ("可转换的职位", "可轮换岗位", "轮换岗位", "可转换职位", "transfer to"),
    "relations.internal": ("内部联系", "内部关系", "内部协调", "内部协调关系", "internal contacts"),
    "relations.external": ("外部联系", "外部关系", "外部协调", "外部协调关系", "external contacts"),
    "equipment": ("使用设备和信息", "使用工具设备", "使用设备", "工作设备", "使用工具", "工作工具", "设备工具",
                  "equipment and information"),
    "qualifications": ("资格说明", "任职资格", "任职要求", "任职条件", "岗位要求", "资格要求",
                       "qualifications"),
    "qualifications.education": ("最低学历", "学历", "学历要求", "教育背景", "教育程度",
                                 "教育水平", "minimum education", "education"),
    "qualifications.major": ("专业", "专业要求", "所学专业"),
    "qualifications.training": ("所需培训", "培训", "培训要求", "培训经历", "training"),
    "qualifications.experience": ("工作经验", "经验", "工作年限", "经验要求", "相关经验",
                                  "experience"),
    "qualifications.skills": ("专业技能", "技能", "技能要求", "专业知识", "知识", "知识要求",
                              "知识技能", "技能技巧", "skills"),
    "qualifications.abilities": ("一般能力", "能力", "能力要求", "核心能力", "abilities"),
    "qualifications.personality": ("个性特征", "性格", "个性", "素质要求", "性格特征",
                                   "个人素质", "个性品质", "personality"),
    "qualifications.interests": ("兴趣爱好", "interests"),
    "qualifications.physical": ("体能要求", "身体条件", "身体要求", "身体状况",
                                "physical demands"),
    "qualifications.demographics": ("性别、年龄特征", "性别年龄", "性别", "年龄", "年龄要求", "性别要求",
                                    "sex and age"),
    "qualifications.certificates": ("资格证书", "证书", "证书要求", "职业资格", "执业资格", "certificates"),
    "qualifications.languages": ("语言能力", "外语", "外语要求", "languages"),
    "environment": ("工作环境", "工作条件", "working environment"),
    "environment.workplace": ("工作场所", "工作地点", "workplace"),
    "environment.hazards": ("危险性", "危险", "环境危险", "hazards"),
    "environment.occupational_diseases": ("职业病", "occupational diseases"),
    "environment.schedule": ("工作时间特征", "工作时间", "working time"),
    "environment.balance": ("工作均衡性", "workload balance"),
    "environment.comfort": ("舒适程度", "环境舒适度", "comfort"),
    "kpis": ("考核指标", "绩效指标", "关键绩效指标", "绩效考核指标", "考核内容", "kpi",
             "key performance indicators"),
    "revisions": ("修订记录", "修订历史", "版本记录", "revision history"),
    "approval": ("审批", "审批记录", "签署", "sign-off"),
}

# Column heads of a duty table and of a KPI table.
DUTY_COLUMNS: dict[str, tuple[str, ...]] = {
    "no": ("序号", "编号", "no.", "no"),
    "title": ("职责", "职责名称", "职责概述", "工作项目", "主要职责", "职责项目", "职责模块",
              "工作模块", "工作职责", "岗位职责", "职责类别", "duty"),
    "statement": ("工作内容", "职责描述", "工作任务", "具体内容", "工作描述", "职责内容",
                  "主要工作内容", "工作内容及要求", "具体工作", "职责表述", "work"),
    "combined": ("职责与工作内容", "duty and work"),
    "standard": ("完成标准", "工作标准", "考核标准", "衡量标准", "标准", "绩效标准", "standard"),
    "standard_deadline": ("完成标准与期限", "standard and deadline"),
    "deadline": ("完成期限", "时限", "期限", "完成时限", "工作时限", "完成时间", "deadline"),
    "time_pct": ("时间占比", "时间百分比", "占用时间", "时间比重", "所占时间", "工作时间占比",
                 "时间分配", "time"),
    "authority": ("权限", "职权", "authority"),
    "outputs": ("工作结果", "工作输出", "输出", "工作成果", "outputs"),
    "frequency": ("频次", "频率", "工作频次"),
}
KPI_COLUMNS: dict[str, tuple[str, ...]] = {
    "no": ("序号", "no."),
    "name": ("指标名称", "考核指标", "指标", "kpi", "绩效指标", "考核项目", "indicator"),
    "definition": ("指标定义", "计算公式", "计算方法", "定义", "说明", "definition"),
    "target": ("目标值", "目标", "考核标准", "标准", "target"),
    "weight": ("权重", "比重", "weight"),
    "period": ("考核周期", "周期", "考核频率", "频率", "period"),
}

REVISION_COLUMNS: dict[str, tuple[str, ...]] = {
    "version": ("版本", "版本号", "version"),
    "date": ("修订日期", "修改日期", "日期", "date"),
    "author": ("修订人", "修改人", "author"),
    "summary": ("修订内容", "修改内容", "修订说明", "修订摘要", "changes"),
}
SIGN_COLUMNS: dict[str, tuple[str, ...]] = {
    "prepared": ("编制", "编制人", "拟制", "拟稿", "prepared by"),
    "reviewed": ("审核", "审核人", "reviewed by"),
    "approved": ("批准", "批准人", "审批人", "approved by"),
}

_STRIP = re.compile(r"[\s\u3000:：*＊【】〔〕\[\]]+")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                        r"\d+(?:\.\d+)*[、.．)）]?|[①-⑳])\s*")


def normalize(label: str) -> str:
    """A label without spaces, colons, required marks and leading numbering, lower case."""
    return _STRIP.sub("", _NUMBERING.sub("", label.strip())).lower()


def _index(names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalize(name): key for key, values in names.items() for name in values}


FIELDS = _index(_NAMES)
DUTY = _index(DUTY_COLUMNS)
KPI = _index(KPI_COLUMNS)
REVISION = _index(REVISION_COLUMNS)
SIGN = _index(SIGN_COLUMNS)


def field_of(label: str) -> str | None:
    """The field a label names, or None."""
    return FIELDS.get(normalize(label)) if len(label) <= 40 else None


def own_labels(lang: str) -> dict[str, str]:
    """jobkit's printed prefixes inside duty cells (工作结果：, 完成期限：, 权限：)."""
    L = labels(lang)
    return {key: L[key] + L["colon"].strip() for key in ("outputs", "deadline", "authority")}
