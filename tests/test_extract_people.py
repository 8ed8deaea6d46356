"""Bylines: 记者 / 作者 / 责任编辑 / 来源."""

from __future__ import annotations

import pytest

from crawler.extract.people import find_people, split_names


@pytest.mark.parametrize(
    ("text", "authors", "editors", "source"),
    [
        ("本报讯（记者 张三 李四 通讯员 王五）", ["张三", "李四"], [], ""),
        ("作者： 记者王敬照 编辑： 王华军 【 关闭窗口 】", ["王敬照"], ["王华军"], ""),
        ("来源： 网易科学人 作者： 责任编辑：肖春芳", [], ["肖春芳"], "网易科学人"),
        ("（编辑：严玉洁 王辉） 【责任编辑：严玉洁】", [], ["严玉洁", "王辉"], ""),
        ("半月谈记者 史卫燕 益水之阳，是名益阳。", ["史卫燕"], [], ""),
        ("新华社记者 才扬 摄", ["才扬"], [], ""),
        ("文/张三", ["张三"], [], ""),
        ("据《红周刊》记者了解，龙湖多地项目", [], [], ""),
        ("经营者告诉半月谈记者，每亩年收入可达6万元", [], [], ""),
        ("2019-03-06 来源于：东区办事处", [], [], "东区办事处"),
        ("[责任编辑:周涛]", [], ["周涛"], ""),
        ("作者：李明 本报讯（记者 李明 王芳）", ["李明", "王芳"], [], ""),
    ],
)
def test_find_people(text: str, authors: list[str], editors: list[str], source: str) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.source_name) == (authors, editors, source)


def test_split_names_stops_at_role_words_and_dedupes() -> None:
    assert split_names("本报记者 李明、李明，王芳 通讯员 赵六") == ["李明", "王芳"]
    assert split_names("") == []
