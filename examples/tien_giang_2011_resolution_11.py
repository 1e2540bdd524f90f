"""A real resolution in part: Nghị quyết 11/2011/NQ-HĐND of the People's Council of Tiền Giang
province (khóa VIII, kỳ họp thứ 3), on the province's socio-economic plan for 2012, built from
the excerpt a law firm's site publishes, with the public API.

Run it to print a readable summary::

    python examples/tien_giang_2011_resolution_11.py

The excerpt gives: the number (a normative resolution's), the council, the khóa and the
session, the place and date line (15 December 2011, the day it was signed), the two căn cứ
lines, the considerations, and the start of Điều 1: its opening words, the heading of its part
I and the first sentences of clause 1 ("Mục tiêu"). It ends inside a word, before the rest of
Điều 1, the other articles, the closing sentence and the signature: so the adoption and
effective dates, the signer, the recipients and the annexes stay empty, and the record keeps
clause 1 up to its last whole sentence ("... trong và ngoài nước.").

What the model cannot hold as structure stays in the text of the nearest part, as written:
- the Roman-numbered part "I. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2012" inside Điều 1: in the
  article's text, after its opening words;
- the heading "Mục tiêu" of clause 1 and the paragraph under it: both in the clause's text;
- the considerations open with "Qua xem xét", not "Xét": a citation keeps no lead word, so the
  line is kept as its text and the rendering writes "Xét".
The page runs words together where its lines were joined ("PHÁTTRIỂN", "Ủy bannhân dân",
"tháng11", "Vănhóa" ...): the spaces are restored here. "46/BC- HĐND" is kept as written.
"""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm
from hdnd_model.vn import to_roman

TIEN_GIANG = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Tiền Giang")
COUNCIL = hm.Council(id="hdnd-tien-giang", unit=TIEN_GIANG)

SOURCE = hm.Source(
    url="https://luatminhkhue.vn/nghi-quyet-11-2011-nq-hdnd-ke-hoach-phat-trien-kinh-te---xa-hoi"
    "-tinh-tien-giang-nam-2012.aspx",
    note="bản trích: dừng giữa khoản 1 Điều 1 (mục tiêu năm 2012); trang nối dòng làm dính chữ",
)

LEGAL_BASES = (
    hm.Citation(text="Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003"),
    hm.Citation(
        text="Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân "
        "ngày 03 tháng 12 năm 2004"
    ),
)

CONSIDERATIONS = (
    hm.Citation(
        text=(
            "Báo cáo số 187/BC-UBND ngày 30 tháng 11 năm 2011 của Ủy ban nhân dân tỉnh về "
            "tình hình kinh tế - xã hội năm 2011 và kế hoạch phát triển kinh tế - xã hội năm 2012 "
            "tỉnh Tiền Giang; Báo cáo thẩm tra số 46/BC- HĐND ngày 08 tháng 12 năm 2011 "
            "của Ban Kinh tế - Ngân sách và Ban Văn hóa - Xã hội và ý kiến của các đại biểu "
            "Hội đồng nhân dân tỉnh tại kỳ họp"
        )
    ),
)

ARTICLES = (
    hm.Article(
        number=1,
        text=(
            "Thông qua Kế hoạch phát triển kinh tế - xã hội tỉnh Tiền Giang năm 2012, với "
            "những nội dung chính như sau:\nI. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2012"
        ),
        clauses=(
            hm.Clause(
                number=1,
                text=(
                    "Mục tiêu\nTiếp tục thực hiện các giải pháp kiềm chế lạm phát, phấn đấu "
                    "đạt tốc độ tăng trưởng kinh tế hợp lý gắn với chuyển dịch đồng bộ cơ cấu "
                    "kinh tế nông - công nghiệp và thương mại dịch vụ theo hướng nâng cao "
                    "năng suất, chất lượng, hiệu quả và sức cạnh tranh của các ngành kinh tế, "
                    "doanh nghiệp; tiếp tục tăng cường đầu tư xây dựng kết cấu hạ tầng kinh "
                    "tế, xã hội; cải thiện môi trường đầu tư nhằm tăng cường thu hút đầu tư "
                    "trong và ngoài nước."
                ),
            ),
        ),
    ),
)


def build() -> hm.Resolution:
    """The record: a normative resolution known from an excerpt, with its council embedded."""
    return hm.Resolution(
        id="tien-giang-2011-nq-11",
        title="Về kế hoạch phát triển kinh tế - xã hội tỉnh Tiền Giang năm 2012",
        nature=hm.ResolutionNature.NORMATIVE,
        number=hm.DocumentNumber.parse("11/2011/NQ-HĐND"),
        council=COUNCIL,
        khoa=8,
        session_number=3,
        place="Tiền Giang",
        signed_on=dt.date(2011, 12, 15),
        legal_bases=LEGAL_BASES,
        considerations=CONSIDERATIONS,
        articles=ARTICLES,
        sources=(SOURCE,),
    )


def summary(resolution: hm.Resolution) -> str:
    """A few lines saying what the record holds."""
    assert resolution.council is not None
    assert resolution.signed_on is not None
    return "\n".join(
        (
            f"Nghị quyết số {resolution.number} của {resolution.council.name}",
            f"Khóa {to_roman(resolution.khoa or 0)}, kỳ họp thứ {resolution.session_number}; "
            f"ký {resolution.signed_on:%d/%m/%Y}; ngày thông qua: không có trong bản trích",
            f"{len(resolution.legal_bases)} căn cứ; Điều 1 (phần đầu), "
            f"{len(resolution.articles[0].clauses)} khoản",
        )
    )


def main() -> None:
    """Build the record and print its summary."""
    print(summary(build()))


if __name__ == "__main__":
    main()
