"""A resolution and a conclusion notice, as an HĐND office issues them.

``build_resolution()`` is an individual resolution of a provincial council (the 2016-2025
layout, Mẫu 1.1); ``build_normative()`` a normative one adopted after 2025-04-01 (Mẫu 17 of
Decree 78/2025); ``build_notice()`` the conclusion notice drafted from the minutes of the seed
example's Standing Committee meeting. Run it to write the three documents as DOCX::

    python examples/documents_2023.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import hdnd_model as hm
from hdnd_model.model.content import Article, Citation, Clause, Point
from hdnd_model.render import draft_notice

DAK_LAK = hm.Council(
    id="hdnd-dak-lak", unit=hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Đắk Lắk")
)
CHAIR = hm.Person(full_name="Huỳnh Thị Chiến Hòa")


def _law(title: str, number: str, day: dt.date) -> Citation:
    return Citation(
        document=hm.DocumentRef(
            kind=hm.DocumentKind.LAW, number=hm.DocumentNumber.parse(number), date=day, title=title
        )
    )


def build_resolution() -> hm.Resolution:
    """An individual resolution of December 2023: the public investment plan for 2024."""
    return hm.Resolution(
        id="nq-dak-lak-2023-45",
        title="Về kế hoạch đầu tư công năm 2024",
        number=hm.DocumentNumber.parse("45/NQ-HĐND"),
        council=DAK_LAK,
        khoa=10,
        session_number=8,
        adopted_on=dt.date(2023, 12, 8),
        signed_on=dt.date(2023, 12, 8),
        effective_on=dt.date(2023, 12, 8),
        legal_bases=(
            _law("Luật Tổ chức chính quyền địa phương", "77/2015/QH13", dt.date(2015, 6, 19)),
            _law("Luật Đầu tư công", "39/2019/QH14", dt.date(2019, 6, 13)),
        ),
        considerations=(
            Citation(
                document=hm.DocumentRef(
                    kind=hm.DocumentKind.SUBMISSION,
                    number=hm.DocumentNumber.parse("182/TTr-UBND"),
                    date=dt.date(2023, 11, 20),
                    issuer_name="Ủy ban nhân dân tỉnh",
                    title="Về kế hoạch đầu tư công năm 2024",
                )
            ),
            Citation(text="Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
            Citation(text="ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp"),
        ),
        articles=(
            Article(
                number=1,
                text="Thông qua kế hoạch đầu tư công năm 2024 của tỉnh Đắk Lắk như sau:",
                clauses=(
                    Clause(number=1, text="Tổng vốn đầu tư công năm 2024: 5.454.246 triệu đồng."),
                    Clause(
                        number=2,
                        text="Phân bổ:",
                        points=(
                            Point(
                                label="a", text="Vốn ngân sách địa phương: 3.120.000 triệu đồng;"
                            ),
                            Point(
                                label="b", text="Vốn ngân sách trung ương: 2.334.246 triệu đồng."
                            ),
                        ),
                    ),
                ),
            ),
            Article(
                number=2,
                text=(
                    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết. Giao Thường trực Hội"
                    " đồng nhân dân, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"
                    " giám sát việc thực hiện Nghị quyết."
                ),
            ),
        ),
        signer=hm.Signature(person=CHAIR, title="CHỦ TỊCH"),
        recipients=("Ủy ban Thường vụ Quốc hội", "Chính phủ", "Thường trực Tỉnh ủy", "UBND tỉnh"),
        filing="VT, TH",
    )


def build_normative() -> hm.Resolution:
    """A normative resolution of 2025, set in the layout of Decree 78/2025."""
    return hm.Resolution(
        id="nq-dak-lak-2025-05",
        title="Quy định mức chi hỗ trợ hoạt động giám sát của Hội đồng nhân dân các cấp",
        nature=hm.ResolutionNature.NORMATIVE,
        number=hm.DocumentNumber.parse("05/2025/NQ-HĐND"),
        council=DAK_LAK,
        khoa=10,
        session_number=12,
        adopted_on=dt.date(2025, 6, 20),
        signed_on=dt.date(2025, 6, 20),
        effective_on=dt.date(2025, 7, 1),
        legal_bases=(
            _law("Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15", dt.date(2025, 2, 19)),
        ),
        considerations=(
            Citation(text="Tờ trình của Thường trực Hội đồng nhân dân tỉnh"),
            Citation(text="ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp"),
        ),
        articles=(
            Article(
                number=1,
                name="Phạm vi điều chỉnh",
                text="Nghị quyết này quy định mức chi hỗ trợ hoạt động giám sát.",
            ),
            Article(
                number=2,
                name="Tổ chức thực hiện",
                clauses=(
                    Clause(
                        number=1, text="Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."
                    ),
                    Clause(
                        number=2,
                        text=(
                            "Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện"
                            " Nghị quyết."
                        ),
                    ),
                ),
            ),
            Article(
                number=3,
                name="Hiệu lực thi hành",
                text="Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.",
            ),
        ),
        signer=hm.Signature(person=CHAIR, title="CHỦ TỊCH"),
        recipients=("Bộ Tư pháp (Cục Kiểm tra văn bản)", "Công báo tỉnh"),
        filing="VT, TH",
    )


def _seed() -> hm.Minutes:
    path = Path(__file__).with_name("hai_ba_trung_2020_08.py")
    spec = importlib.util.spec_from_file_location("hai_ba_trung_2020_08", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    minutes: hm.Minutes = module.build()
    return minutes


def build_notice() -> hm.ConclusionNotice:
    """The notice of the seed's Standing Committee meeting, drafted from its minutes."""
    return draft_notice(
        _seed(),
        number=hm.DocumentNumber.parse("47/TB-HĐND"),
        date=dt.date(2020, 8, 19),
        recipients=("Thường trực Quận ủy", "UBND quận", "Các Ban HĐND quận"),
    )


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    for name, record in (
        ("nghi-quyet", build_resolution()),
        ("nghi-quyet-qppl", build_normative()),
        ("thong-bao", build_notice()),
    ):
        hm.render_document(record, out / f"{name}.docx")
        print(f"wrote {out / name}.docx")
