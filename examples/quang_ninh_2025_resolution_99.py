"""A real normative resolution in part: Nghị quyết 99/2025/NQ-HĐND of the People's Council of
Quảng Ninh province, on what may be spent, and how much, on organising the 2026 elections of
the National Assembly (khóa XVI) and of the People's Councils (2026-2031), built with the
public API from the part of a Word-exported page that runs from its header to Điều 1.

Run it to print a readable summary::

    python examples/quang_ninh_2025_resolution_99.py

The part read gives: the number, the council, the place and date line (16 December 2025, the
day it was signed), the title, five căn cứ lines, the xét line and Điều 1 with its name
("Đối tượng áp dụng") and text. Its header has no khóa or kỳ họp line, and it stops before the
other articles, the closing sentence and the signature: the khóa, the session, the adoption
and effective dates, the signer, the recipients and the annexes stay empty. "Khóa XVI" and
"nhiệm kỳ 2026 - 2031" in the title are those of the elections financed, not the council's.

What the model cannot hold as structure stays in its nearest field, as written:
- each căn cứ line as its text: several cite a law together with the laws amending it, and
  the xét line a submission, a report and a review report, and a citation holds one document;
- the enacting line "Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định ..." that a 2025
  resolution writes after its xét line: the model keeps no enacting formula (the renderer
  writes its own), so it is not recorded.
"""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm

QUANG_NINH = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Quảng Ninh")
COUNCIL = hm.Council(id="hdnd-quang-ninh", unit=QUANG_NINH)

SOURCE = hm.Source(
    url="https://github.com/LaHieu11/baucu-luongminh/blob/"
    "0729296d91d32d8f8c2cfeae9e084aa4caf5b351/src/assets/XaLM/99_2025_NQ-HDND_685704.htm",
    note="trang HTML xuất từ Word; phần đọc từ đầu văn bản đến hết Điều 1",
)

LEGAL_BASES = (
    hm.Citation(text="Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
    hm.Citation(
        text=(
            "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi "
            "Luật số 87/2025/QH15"
        )
    ),
    hm.Citation(
        text=(
            "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 được sửa "
            "đổi, bổ sung bởi Luật số 83/2025/QH15"
        )
    ),
    hm.Citation(
        text=(
            "Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số "
            "56/2024/QH15; Luật Ngân sách nhà nước số 89/2025/QH15"
        )
    ),
    hm.Citation(
        text=(
            "Thông tư số 87/2025/TT-BTC hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết "
            "toán kinh phí bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các "
            "cấp nhiệm kỳ 2026 - 2031"
        )
    ),
)

CONSIDERATIONS = (
    hm.Citation(
        text=(
            "Tờ trình số 4486/TTr-UBND ngày 22 tháng 11 năm 2025 và Báo cáo tiếp thu số "
            "4723/BC-UBND ngày 08 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo "
            "thẩm tra số 292/BC-HĐND ngày 08 tháng 12 năm 2025 của Ban Kinh tế - Ngân "
            "sách Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân "
            "dân tỉnh tại kỳ họp"
        )
    ),
)

ARTICLES = (
    hm.Article(
        number=1,
        name="Đối tượng áp dụng",
        text=(
            "Cơ quan, đơn vị, địa phương, tổ chức, cá nhân có liên quan đến sử dụng nguồn kinh "
            "phí phục vụ cho công tác tổ chức bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại "
            "biểu Hội đồng nhân dân các cấp tỉnh Quảng Ninh, nhiệm kỳ 2026-2031."
        ),
    ),
)


def build() -> hm.Resolution:
    """The record: a normative resolution known from its first part, with its council embedded."""
    return hm.Resolution(
        id="quang-ninh-2025-nq-99",
        title=(
            "Quy định nội dung, mức chi phục vụ cho công tác tổ chức bầu cử đại biểu Quốc hội "
            "khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp tỉnh Quảng Ninh, nhiệm kỳ 2026 "
            "- 2031"
        ),
        nature=hm.ResolutionNature.NORMATIVE,
        number=hm.DocumentNumber.parse("99/2025/NQ-HĐND"),
        council=COUNCIL,
        place="Quảng Ninh",
        signed_on=dt.date(2025, 12, 16),
        legal_bases=LEGAL_BASES,
        considerations=CONSIDERATIONS,
        articles=ARTICLES,
        sources=(SOURCE,),
    )


def summary(resolution: hm.Resolution) -> str:
    """A few lines saying what the record holds."""
    assert resolution.council is not None
    assert resolution.signed_on is not None
    article = resolution.articles[0]
    return "\n".join(
        (
            f"Nghị quyết số {resolution.number} của {resolution.council.name}",
            f"Ký {resolution.signed_on:%d/%m/%Y}; khóa, kỳ họp, ngày thông qua: không có "
            "trong phần đọc",
            f"{len(resolution.legal_bases)} căn cứ; Điều {article.number}. {article.name}",
        )
    )


def main() -> None:
    """Build the record and print its summary."""
    print(summary(build()))


if __name__ == "__main__":
    main()
