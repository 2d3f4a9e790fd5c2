"""Refusing carriers of infectious-disease pathogens such as hepatitis B (乙肝携带者勿扰, 乙肝两对半).

以乙肝等传染病病原携带为由拒绝录用，或把相关检测作为录用条件。

What it does / 检查内容:
  Finds refusals of carriers in any prose field (乙肝携带者勿扰, HIV感染者不予录用) and, where the
  text sets hiring or starting-work conditions, demands for a clean result (无乙肝, 无传染病,
  乙肝表面抗原阴性) and tests (乙肝两对半, 乙肝五项, HIV检测). Vaccination (接种乙肝疫苗),
  prohibitions (入职体检不得包含乙肝项目) and a requirement whose sentence cites the law for the
  work (依据《食品安全法》，直接接触入口食品的岗位须取得健康证明) are fine.
  在任何字段中查找拒绝病原携带者的说法（乙肝携带者勿扰、HIV感染者不予录用）；在招聘或入职
  语境中还包括要求“无乙肝”“无传染病”“乙肝表面抗原阴性”和乙肝两对半、乙肝五项、HIV检测等
  项目。接种疫苗、禁止性条文和同一句注明法律依据的要求不报告。

Why / 为什么:
  Carrying a pathogen is not an illness that stops someone from working, and the law forbids
  refusing carriers. The law's own exception is narrow: work that laws, administrative
  regulations or the State Council's health department list as liable to spread the disease
  (handling food eaten directly, for instance) may be closed to a carrier until cured or
  cleared; customer-service work is not on that list. Cite such a rule in the same sentence
  and the finding goes away. Hepatitis B tests have been removed from pre-employment medicals
  since 2010 (人社部发〔2010〕12号).
  病原携带不等于不能工作，法律禁止以此拒绝录用。法律自身的例外很窄：只有法律、行政法规和
  国务院卫生行政部门规定禁止从事的易使传染病扩散的工作（如直接接触入口食品）可以在治愈或
  排除传染嫌疑前限制，客户服务工作不在其列；属于例外时，在同一句注明依据即不报告。2010年
  起，乙肝项目已从就业体检中取消（人社部发〔2010〕12号）。

Law / 法律依据:
  《中华人民共和国就业促进法》（2007年通过，2015年修正）第三十条：用人单位招用人员，不得以
  是传染病病原携带者为由拒绝录用。但是，经医学鉴定传染病病原携带者在治愈前或者排除传染
  嫌疑前，不得从事法律、行政法规和国务院卫生行政部门规定禁止从事的易使传染病扩散的工作。

Example / 示例:

```yaml fail
qualifications:
  physical: [身体健康，无乙肝等传染病]
```

```yaml pass
qualifications:
  physical: [身体健康，能适应轮班]
```
"""
from __future__ import annotations

from jobkit.lint.rules.jk3._law import scan

ID = "JK310"
NAME = "infectious-disease-carrier"
LEVEL = "error"
KINDS = ()


def check(ctx):
    return scan(ctx, NAME)
