"""The article text the synthetic extraction pages share (import from here, not from conftest).

One text for every hand-made page of the date, furniture and link-list tests: a rule that
reads a page's date or furniture must not depend on what the story says, and one copy keeps
their pages alike.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8))
PARAS = (
    "记者从市交通运输局获悉，城区三条公交线路将于下月起调整走向，新增站点十二个，方便沿线居民出行。",
    "据介绍，此次调整主要针对新建小区集中、出行需求增长较快的区域，线路优化后可覆盖居民约三万人。",
    "交通部门提醒，调整期间部分站点将临时迁移，市民可通过站牌公告和官方渠道查询具体乘车信息。",
    "下一步，市交通运输局还将根据客流变化持续优化线网布局，进一步提升公共交通服务水平。",
)
BODY = "".join(f"<p>　　{p}</p>" for p in PARAS)  # first-line indent as Chinese pages print it
TITLE = "城区三条公交线路下月起调整走向"


def beijing_day(value: datetime | None) -> date | None:
    """The calendar day of ``value`` in Beijing, where these pages are dated."""
    return None if value is None else value.astimezone(BEIJING).date()
