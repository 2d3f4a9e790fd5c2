"""The pack's index document: contents by module × dimension, with organisation charts."""
from __future__ import annotations

import json

from jobkit.model import Job
from jobkit.render import charts
from jobkit.render.builders import Page
from jobkit.render.context import PageMeta, subject_of
from jobkit.render.environment import logo_uri, make_environment, read_css, shipped_templates
from jobkit.render.labels import labels
from jobkit.render.layout import typeset
from jobkit.render.orgchart import org_source

MODULE_NAMES = {
    "survey": ("客户调查与开发", "Customer research and development"),
    "relationship": ("客户关系管理", "Customer relationship management"),
    "key-account": ("大客户管理", "Key-account management"),
    "after-sales": ("售后服务管理", "After-sales service"),
    "complaint": ("客户投诉管理", "Complaint management"),
    "credit": ("客户信用管理", "Customer credit management"),
    "information": ("客户信息管理", "Customer information management"),
    "call-center": ("呼叫中心管理", "Call-centre management"),
    "quality": ("客户服务质量管理", "Service quality management"),
}
DIMENSION_NAMES = {
    "job": ("岗位职责", "Job descriptions"), "policy": ("管理制度", "Policies"),
    "process": ("工作流程", "Workflows"), "tool": ("执行工具", "Working tools"),
    "form": ("实用表单", "Forms"), "plan": ("实施方案", "Implementation plans"),
}


def org_chart(jobs: list[Job], lang: str) -> charts.Chart | None:
    """Jobs under their superiors; a superior written as text becomes a box of its own."""
    if not jobs:
        return None
    ids = {job.id for job in jobs}
    posts = []
    outside = {}
    for job in jobs:
        boss = job.basic.reports_to
        label = job.basic.title + (f"（{job.basic.headcount}）" if job.basic.headcount else "")
        if boss and boss not in ids:
            outside.setdefault(boss, f"text:{boss}")
            posts.append((job.id, label, outside[boss]))
        else:
            posts.append((job.id, label, boss))
    posts += [(key, text, None) for text, key in outside.items()]
    return charts.draw(org_source(posts))


def _link_suffix(formats: tuple[str, ...]) -> str:
    return ".html" if "html" in formats else ".pdf" if "pdf" in formats else ".docx"


def index_context(sources, index, pack, organization: str, formats) -> dict:
    from jobkit.pack import output_name

    lang = pack.lang if pack else "zh-CN"
    L = labels(lang)
    which = 1 if lang == "en" else 0
    suffix = _link_suffix(formats)
    modules = list(pack.modules) if pack else sorted({s.document.module for s in sources
                                                      if s.document.module})
    order = {module: n for n, module in enumerate(modules)}  # the directory's order
    jobs = sorted((s.document for s in sources if s.document.kind == "job"),
                  key=lambda job: order.get(job.module, len(order)))
    sections = []
    for module in modules:
        rows = []
        for kind, names in DIMENSION_NAMES.items():
            docs = [{"title": index.title(s.document.id), "id": s.document.id,
                     "href": output_name(s, suffix)}
                    for s in sources if s.document.module == module and s.document.kind == kind]
            rows.append({"dimension": names[which], "documents": docs})
        module_jobs = [j for j in jobs if j.module == module]
        sections.append({"key": module, "name": MODULE_NAMES.get(module, (module, module))[which],
                         "rows": rows, "chart": org_chart(module_jobs, lang)})
    return {"lang": lang, "L": L, "sections": sections, "pack": pack,
            "chart": org_chart(jobs, lang), "title": pack.title if pack else L["index"],
            "organization": organization}


def index_inputs(sources, formats, common: str) -> str:
    """What the index depends on: the documents' titles and places, and everything common."""
    from jobkit.pack import _digest

    listing = json.dumps(sorted((s.file, s.document.id, s.document.kind, s.document.module or "")
                                for s in sources), ensure_ascii=False)
    return _digest(common.encode(), listing.encode(), ",".join(formats).encode())


def index_page(sources, index, config, organization, folder, formats) -> Page:
    """The index as a Page, ready for every builder."""
    packs = [s.document for s in sources if s.document.kind == "pack"]
    context = index_context(sources, index, packs[0] if packs else None, organization, formats)
    meta = PageMeta(context["title"], context["lang"], organization, logo=logo_uri(config),
                    subject=subject_of("index", context["lang"], organization))
    css = read_css(config.templates)
    html = typeset(make_environment(config.templates).get_template("index/index.html").render(
        {**context, "meta": meta, "css": css, "doc": {"kind": "index"}}), meta.lang)
    allowed = tuple(p for p in (folder.resolve(), shipped_templates(), config.root) if p)
    return Page(html, meta, folder.resolve(), allowed, config.reference_docx, css)
