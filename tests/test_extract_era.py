# ruff: noqa: E501  (HTML fragments are kept one line a block, as pages print them)
"""Titles, dates and credits of 2005-2015 pages: portals, local sites, schools, forums and blogs.

Each case is a form the era probe's templates print (tests/data/cms_probe/era, tune half);
every one failed before its rule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.cms_probe import split_of
from crawler.extract import extract_article

BODY = (
    "<p>　　今年以来，市教育局围绕提升教育质量这一中心任务，开展了一系列教学研讨活动，取得了明显成效。</p>"
    "<p>　　活动期间，各校教师积极参与，围绕课堂教学改革、作业设计等问题进行了深入交流，收获很大。</p>"
    "<p>　　下一步，市教育局将继续加大工作力度，推动全市教育事业高质量发展，让人民群众满意。</p>"
)


def _page(head: str, article: str, title: str, charset: str = "utf-8", body: str = BODY) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
        f"{head}{article}{body}"
        '<div class="foot">版权所有 &copy; 某某市实验中学 苏ICP备12000001号</div></body></html>'
    ).encode(charset)


def test_a_headline_with_the_word_fabu_is_no_info_line_under_a_column_label():
    # Site-wide <title>; the column's label, then the headline ("...新闻发布会"), then the info line.
    page = _page(
        '<div class="nav"><a href="/">学校首页</a> <a>校园动态</a></div><div class="lm">校园动态</div>',
        '<div class="content-title"><h3>少儿音乐剧节新闻发布会在我校举行</h3></div>'
        '<div class="content-info">发布时间：2013-05-21　浏览次数：694　发布者：admin　来源：教务处</div>',
        "某某市实验中学",
        body="<p>　　5月20日，少儿音乐剧节新闻发布会在我校举行，各校师生代表参加了发布会，现场气氛热烈。</p>"
        "<p>　　发布会上，主办方介绍了本届音乐剧节的安排，我校学生表演了精彩的节目，赢得阵阵掌声。</p>"
        "<p>　　据悉，本届少儿音乐剧节将持续一个月，共有二十余部原创作品参加展演，欢迎大家观看。</p>",
    )
    item = extract_article("http://www.xxsyzx.cn/info/1012/12345.htm", page)
    assert item.title == "少儿音乐剧节新闻发布会在我校举行"
    assert item.published_at is not None and item.published_at.date() == date(2013, 5, 21)


def test_a_camel_case_title_class_marks_the_headline_and_its_dated_line():
    # 和讯博客: <title>标题-博主-和讯博客</title>, the headline in span.ArticleTitleText, a comment dated later.
    head = "仿制药一致性评价进入关键阶段"
    page = _page(
        '<div class="hxnav"><a href="/">和讯网</a> <a>博客</a></div><div id="blogname"><a>梅子青青的博客</a></div>',
        f'<div class="ArticleTitle"><span class="ArticleTitleText"><a href="#">{head}</a></span>'
        " [原创 2012-12-26 17:38:00]</div><div class=\"ArticleTag\">标签：<a>财经</a>　分类：<a>时评</a></div>",
        f"{head}-梅子青青-和讯博客",
        body=BODY + '<div class="comments"><span class="uname">新浪网友</span> <span class="ctime">2012-12-27 09:12</span>'
        "<p>说得好</p></div>",
    )
    item = extract_article("http://xxblog.blog.hexun.com/812345_d.html", page)
    assert item.title == head
    assert item.published_at is not None and item.published_at.date() == date(2012, 12, 26)


def test_a_text_repeating_its_headline_in_full_width_punctuation_keeps_the_date_above_it():
    # 搜狐博客: the text opens with its headline ("，网友：…！" where the headline has ":" and "!").
    head = "老人们被骗100亿，网友:爱占便宜的人，一点也不值得可怜!"
    opening = "<p>老人们被骗100亿，网友：爱占便宜的人，一点也不值得可怜！话说近年来，老人被骗的消息越来越多了，尤其是前一段时间。</p>"
    page = _page(
        '<div id="blogTitle"><h1>南山书童的博客</h1><h2>记录生活 分享感悟</h2></div>',
        f'<div class="item"><h2 class="item-title"><span>[原创]</span> {head}</h2>'
        '<div class="item-info">2011-04-11 12:38 | 阅读(577) | 评论(27) | 分类：<a>默认分类</a></div>',
        f"{head} - 南山书童的日志 - 搜狐博客",
        body=opening + BODY + '</div><div class="comments"><span class="uname">路人甲</span> <span class="ctime">2011-04-12 09:12</span>'
        "<p>说得好</p></div>",
    )
    item = extract_article("http://xxblog.blog.sohu.com/1234561.html", page)
    assert item.published_at is not None and item.published_at.date() == date(2011, 4, 11)


def test_a_dateline_credit_may_name_the_writers_unit_first():
    from crawler.extract.people import find_people

    text = "四川新闻网内江5月23日讯(刑庭 廖世杰)近日，内江市中区法院公开开庭审理了一起贪污案。"
    assert find_people(text).authors == ["廖世杰"]
    assert find_people("本报讯(县委宣传部 王晓东 李明远)昨日，全县召开会议。").authors == ["王晓东", "李明远"]
    assert find_people("本报讯(王庭 李明)昨日，全县召开会议。").authors == ["王庭", "李明"]  # a name, no unit
    assert find_people("本报讯(综合报道)昨日，全县召开会议。").authors == []


def test_a_line_naming_the_writer_and_where_he_filed_from_credits_him():
    from crawler.extract.people import find_people

    assert find_people("佳兆业西安旧改“遭遇战”\n乐居财经 林振兴 发自北京\n在西安市未央区草滩地区").authors == ["林振兴"]
    assert find_people("周末特稿\n王晓东 发自纽约\n当地时间周三").authors == ["王晓东"]
    assert find_people("感谢大家的支持，这份情谊 发自内心\n").authors == []


FORUM_BODY = (
    "<p>　　最近小区门口新开了一家早餐店，味道很不错，价格也实惠，推荐给大家。老板是外地人，做事很实在。</p>"
    "<p>　　每天早上六点就开门了，包子、豆浆、油条都有，周末人特别多，去晚了就买不到了，大家可以早点去。</p>"
)


def test_a_thread_starters_nickname_after_its_label_in_the_post_header_is_the_author():
    # 西祠胡同: "[楼主] 作者：北方的狼 发表时间:…" above the first post; a reply's poster below.
    page = _page(
        '<div class="board">南京大家谈 &gt; 正文</div>',
        '<div class="doc_title"><h1>小区门口新开的早餐店推荐</h1></div>'
        '<div class="doc_info">[楼主] 作者：<a href="/u1">北方的狼</a>　发表时间:2010/3/4 19:36　浏览：321</div>',
        "小区门口新开的早餐店推荐_南京大家谈_西祠胡同",
        body=FORUM_BODY + '<div class="reply">[2楼] 作者：<a>风中的承诺</a>　发表时间:2010/3/4 20:11</div><div>顶</div>',
    )
    assert extract_article("http://www.xici.net/d12345.htm", page).authors == ["北方的狼"]
    login = page.replace("北方的狼".encode(), b"wxy1987")
    assert extract_article("http://www.xici.net/d12345.htm", login).authors == []


def test_a_tieba_posters_nickname_above_the_first_floor_is_the_author():
    page = _page(
        '<div class="top"><a href="/">百度贴吧</a> <a>某某吧</a></div>',
        '<div class="core_title_wrap"><h1 class="core_title_txt">小区门口新开的早餐店推荐</h1></div>'
        '<div class="l_post"><div class="d_author"><a class="p_author_name j_user_card">北方的狼</a></div>',
        "小区门口新开的早餐店推荐_某某吧_百度贴吧",
        body=FORUM_BODY + '<div class="core_reply_tail"><span class="tail-info">1楼</span><span class="tail-info">2013-07-24 18:04</span></div></div>'
        '<div class="l_post"><div class="d_author"><a class="p_author_name j_user_card">风中的承诺</a></div><div>顶</div>'
        '<span class="tail-info">2楼</span><span class="tail-info">2013-07-24 19:04</span></div>',
    )
    assert extract_article("http://tieba.baidu.com/p/12345", page).authors == ["北方的狼"]


def test_a_post_opening_with_its_headline_keeps_the_post_header_above_the_text():
    # The post repeats its headline (the title carries a scraped "-言" the text lacks): the heading
    # is not where the text begins, and the post header under it names the poster.
    head = "小区门口新开的早餐店味道真不错，推荐给大家-言"
    page = _page(
        '<div class="board">南京大家谈 &gt; 正文</div>',
        f'<div class="doc_title"><h1>{head}</h1></div>'
        '<div class="doc_info">[楼主] 作者：<a href="/u1">北方的狼</a>　发表时间:2010/3/4 19:36　浏览：321</div>',
        f"{head}_南京大家谈_西祠胡同",
        body='<div class="doc_text">小区门口新开的早餐店味道真不错，推荐给大家<br />' + FORUM_BODY + "</div>",
    )
    item = extract_article("http://www.xici.net/d12345.htm", page)
    assert item.authors == ["北方的狼"]


def test_a_threads_headline_with_a_comma_is_no_prose_before_its_own_post_header():
    from crawler.extract.furniture import cut_replies

    head = "泰州一灵车停在屋里莫名起火，把房子烧了"
    lines = [head, "[楼主] 作者：北方的狼 发表时间：2010/3/4 19:36 只看楼主", "现代快报记者获悉，接到报警后，消防立即赶赴现场。"]
    assert cut_replies(lines, head) == lines


def test_a_government_pages_zhuangaoren_label_credits_the_writer():
    from crawler.extract.people import find_people

    people = find_people("撰稿人：刘洋　审核人：王萌　摄影：马骏")
    assert (people.authors, people.photographers) == (["刘洋"], ["马骏"])
    assert find_people("执笔人：张静 审核：李明").authors == ["张静"]


def test_townships_and_streets_credited_as_writers_are_no_persons():
    from crawler.extract.people import find_people, plausible_name

    assert find_people("文字、图片：各乡镇（街道）制作 / 刘青").authors == []
    assert not plausible_name("各乡镇") and not plausible_name("城关街道") and not plausible_name("东门社区")
    assert plausible_name("王镇") and plausible_name("刘青")


def test_a_blogs_nickname_named_by_its_header_and_its_title_is_the_owner():
    head = "仿制药一致性评价进入关键阶段"
    article = (
        f'<div class="ArticleTitle"><span class="ArticleTitleText"><a href="#">{head}</a></span>'
        ' [原创 2012-12-26 17:38:00]</div>'
    )
    nav = '<div class="hxnav"><a href="/">和讯网</a> <a>博客</a></div><div id="blogname"><a>老街故事的博客</a></div>'
    page = _page(nav, article, f"{head}-老街故事-和讯博客")
    assert extract_article("http://xxblog.blog.hexun.com/812345_d.html", page).authors == ["老街故事"]
    # The header alone does not make a nickname the writer.
    alone = _page(nav, article, f"{head}_和讯博客")
    assert extract_article("http://xxblog.blog.hexun.com/812345_d.html", alone).authors == []


def test_a_department_before_the_writer_in_an_author_field_is_no_author():
    from crawler.extract.people import find_people

    assert find_people("作者：医务科 王晓东 | 来源：本站 | 发布时间：2016-03-08").authors == ["王晓东"]
    assert "医务科" not in find_people("作者：医务科 伍罗文博 | 来源：本站").authors
    assert find_people("作者：王建科 李明 | 来源：本站").authors == ["王建科", "李明"]  # a name ending in 科


THREAD_TEXT = "<br />".join(
    [
        "　　最近小区门口新开了一家早餐店，味道很不错，价格也实惠，推荐给大家。老板是外地人，做事很实在，大家都说好。",
        "　　每天早上六点就开门了，包子、豆浆、油条都有，周末人特别多，去晚了就买不到了，大家可以早点去排队。",
        "　　店里还有小米粥和鸡蛋饼，分量足，一个人吃十块钱就够了，比连锁店便宜不少，环境也干净卫生。",
    ]
)


def test_a_discuz6_posters_box_glued_to_the_first_line_names_the_thread_starter():
    # The era probe's tune page: the text extractor glues "大漠孤烟 论坛元老 楼主 发表于 …" to the first line.
    path = Path(__file__).parent / "data" / "cms_probe" / "era" / "90_discuz6_train-02285.html"
    assert split_of(str(path.relative_to(path.parents[4]))) == "tune"
    item = extract_article("http://bbs.xxx.cn/viewthread.php?tid=25841", path.read_bytes())
    assert item.authors == ["大漠孤烟"]


def test_a_phpwind_posters_profile_names_the_thread_starter_not_the_board_in_the_breadcrumb():
    page = _page(
        '<div id="breadcrumb"><a href="index.php">城市论坛</a> &raquo; <a>茶余饭后</a></div>',
        '<div class="t5 t2"><table><tr><th class="r_two"><b>山城棒棒</b><div>级别: 中级会员</div><div>发帖: 1798</div></th>'
        '<td><div class="tipTop"><span class="fr">楼主</span><span>发表于: 2010-08-19 08:24</span> <a>只看楼主</a></div>'
        '<h1 id="subject_tpc">小区门口新开的早餐店推荐</h1>'
        f'<div class="tpc_content" id="read_tpc">{THREAD_TEXT}</div></td></tr></table></div>',
        "小区门口新开的早餐店推荐|城市论坛 - Powered by phpwind.net",
        body="",
    )
    assert extract_article("http://bbs.xxx.cn/read.php?tid=1", page).authors == ["山城棒棒"]


def test_a_blog_dated_only_in_its_post_footer_takes_that_day_not_a_comments():
    head = "小区门口新开的早餐店推荐"
    page = _page(
        '<div id="header"><h1><a href="/">云中漫步</a></h1><p>blogbus.com</p></div>',
        f'<div class="post"><h2>{head}</h2><div class="postBody">{FORUM_BODY}</div>'
        '<div class="postFooter"><span class="author">云中漫步</span> 发表于 07:13 | 2009-07-27 | <a>评论 (15)</a> | Tag: <a>生活</a></div></div>'
        '<div class="comments"><h3>网友评论</h3><div class="cmt"><span class="uname">路人甲</span> <span class="ctime">2009-07-28 08:13</span><p>顶一个</p></div></div>',
        f"{head} - 云中漫步 - 博客大巴",
        body="",
    )
    item = extract_article("http://xx12345.blogbus.com/logs/12345.html", page)
    assert item.published_at is not None and item.published_at.date() == date(2009, 7, 27)
