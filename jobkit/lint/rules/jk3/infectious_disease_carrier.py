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
  《就业促进法》第三十条: employers may not refuse someone for carrying an infectious-disease
  pathogen. Only work that laws, administrative regulations or the State Council health
  department list as liable to spread the disease (for instance handling food that is eaten
  directly) may exclude a carrier until cured or cleared — customer-service work is not on that
  list. The 2010 notice of the ministries of human resources, education and health removed
  hepatitis B tests from pre-employment medicals.
  《就业促进法》第三十条规定用人单位不得以是传染病病原携带者为由拒绝录用；只有法律、行政
  法规和国务院卫生行政部门规定禁止从事的易使传染病扩散的工作（如直接接触入口食品）才能在
  治愈或排除传染嫌疑前限制，客户服务工作不在其列。2010年人社部、教育部、卫生部的通知已将
  乙肝项目从就业体检中取消。

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
