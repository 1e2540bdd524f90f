"""A real resolution: Nghị quyết 57/NQ-HĐND of the People's Council of Phú Yên province
(khóa VII, kỳ họp thứ 3), on the 2017 state budget estimate and the allocation of the
provincial budget, built from its text with the public API.

Run it to print a readable summary::

    python examples/phu_yen_2016_resolution_57.py

The text gives: the number, the council, the khóa and the session, the place and date line
(16 December 2016, the day it was signed), the four căn cứ lines and the xét line, four
articles (the fourth named "Tổ chức thực hiện") with their clauses, the closing sentence
(adopted on 15 December 2016, in force from adoption) and the signature (CHỦ TỊCH, Huỳnh Tấn
Việt). It gives no vote, no recipients and no annex titles: those stay empty.

What the model cannot hold as structure stays in the text of the nearest part, as written:
- the sub-clauses 2.1 and 2.2 of Article 2, clause 2, the points a) to g) under 2.1 and the
  dash and plus lists under point g): all in the text of that clause;
- the lines "(Đính kèm các phụ lục ...)" after the clauses of Articles 1 and 2: in the text of
  the last clause; the annexes are known by number only, and an annex needs a title, so none is
  recorded;
- each căn cứ and xét line as its text: the fourth căn cứ line cites two decisions and the xét
  line four items, and a citation holds one document.
The copy read has its header lines run together and breaks two sentences inside a word pair
("hợp lý", "tự kê khai"); the breaks are joined here. It gives no authority prefix above
"CHỦ TỊCH", so none is recorded.
"""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm
from hdnd_model.vn import to_roman

PHU_YEN = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Phú Yên")
COUNCIL = hm.Council(id="hdnd-phu-yen", unit=PHU_YEN)

SOURCE = hm.Source(
    url="https://github.com/Zinuuu22/v03-document-management-services/blob/"
    "76998a0057bd12342d3f7ade40efb80a2623fb0d/core/v03/metadata_extractor/fields/"
    "extract_issue_date.py",
    note="văn bản chép lại làm chuỗi thử trong một tệp mã nguồn công khai; các dòng đầu văn bản "
    "bị dồn lại, hai câu bị ngắt dòng giữa từ; không có phần Nơi nhận",
)

LEGAL_BASES = (
    hm.Citation(text="Luật Tổ chức chính quyền địa phương năm 2015"),
    hm.Citation(text="Luật Ngân sách nhà nước năm 2015"),
    hm.Citation(text="Luật Đầu tư công năm 2014"),
    hm.Citation(
        text="Quyết định số 2309/QĐ-TTg ngày 29/11/2016 của Thủ tướng Chính phủ về giao dự toán "
        "ngân sách nhà nước năm 2017; Quyết định số 2577/QĐ-BTC ngày 29/11/2016 của Bộ trưởng "
        "Bộ Tài chính về việc giao dự toán thu, chi ngân sách nhà nước năm 2017"
    ),
)

CONSIDERATIONS = (
    hm.Citation(
        text="báo cáo của Ủy ban nhân dân tỉnh số 218/BC-UBND, ngày 08/12/2016 về tình hình ước "
        "thực hiện dự toán ngân sách năm 2016, dự toán thu ngân sách nhà nước trên địa bàn, chi "
        "ngân sách địa phương, phương án phân bổ ngân sách cấp tỉnh năm 2017; Báo cáo số "
        "220/BC-UBND, ngày 08/12/2016 về tình hình thực hiện đầu tư xây dựng cơ bản năm 2016 và "
        "dự kiến nguồn kế hoạch vốn ngân sách Nhà nước năm 2017; Báo cáo thẩm tra của Ban Kinh "
        "tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân "
        "tỉnh tại kỳ họp"
    ),
)

ARTICLES = (
    hm.Article(
        number=1,
        text="Thông qua dự toán ngân sách nhà nước tỉnh Phú Yên năm 2017 như sau:",
        clauses=(
            hm.Clause(
                number=1,
                text=(
                    "Tổng thu ngân sách nhà nước trên địa bàn: 3.790.000 triệu đồng (Bằng chữ: Ba "
                    "nghìn bảy trăm chín mươi tỷ đồng);"
                ),
            ),
            hm.Clause(
                number=2,
                text=(
                    "Tổng thu ngân sách địa phương: 7.093.800 triệu đồng (Bằng chữ: Bảy nghìn "
                    "không trăm chín mươi ba tỷ, tám trăm triệu đồng);"
                ),
            ),
            hm.Clause(
                number=3,
                text=(
                    "Tổng chi ngân sách địa phương: 7.093.800 triệu đồng (Bằng chữ: Bảy nghìn "
                    "không trăm chín mươi ba tỷ, tám trăm triệu đồng).\n(Đính kèm các phụ lục 01, "
                    "03, 04, 05, 06, 08)"
                ),
            ),
        ),
    ),
    hm.Article(
        number=2,
        text="Phân bổ ngân sách cấp tỉnh năm 2017 như sau:",
        clauses=(
            hm.Clause(
                number=1,
                text=(
                    "Tổng thu ngân sách cấp tỉnh năm 2017 là 6.131.420 triệu đồng (Bằng chữ: Sáu "
                    "nghìn một trăm ba mươi mốt tỷ, bốn trăm hai mươi triệu đồng);"
                ),
            ),
            hm.Clause(
                number=2,
                text=(
                    "Tổng chi ngân sách cấp tỉnh năm 2017 là: 6.131.420 triệu đồng (Bằng chữ: Sáu "
                    "nghìn một trăm ba mươi mốt tỷ, bốn trăm hai mươi triệu đồng).\nTrong "
                    "đó:\n2.1. Chi trong cân đối ngân sách: 6.072.020 triệu đồng, gồm:\na) Phân "
                    "bổ ngân sách tỉnh cho các cơ quan, ban, ngành thuộc tỉnh, các khoản trả nợ "
                    "vay (gốc và lãi) là: 2.113.490 triệu đồng;\nb) Bổ sung Quỹ dự trữ tài chính: "
                    "1.000 triệu đồng;\nc) Dự phòng chi ngân sách: 54.930 triệu đồng;\nd) Chi tạo "
                    "nguồn thực hiện cải cách tiền lương theo quy định: 216.800 triệu đồng;\nđ) "
                    "Các khoản chi thường xuyên ngân sách khối tỉnh chưa phân bổ: 37.550 triệu "
                    "đồng;\ne) Bổ sung cho ngân sách các huyện, thị xã, thành phố: 2.670.800 "
                    "triệu đồng;\ng) Các khoản chi ngân sách địa phương chưa phân bổ: 977.450 "
                    "triệu đồng, gồm:\n- Chi đầu tư phát triển chưa phân bổ: 718.692 triệu đồng, "
                    "bao gồm:\n+ Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung dự phòng: "
                    "39.830 triệu đồng;\n+ Chi đầu tư từ nguồn vốn ngân sách trung ương hỗ trợ có "
                    "mục tiêu vốn trong nước (Phân bổ sau khi có quyết định của trung ương phân "
                    "bổ vốn chi tiết): 383.750 triệu đồng;\n+ Chi đầu tư từ nguồn vốn thực hiện "
                    "Chương trình mục tiêu quốc gia (Phân bổ sau khi có Quyết định của Trung ương "
                    "giao chỉ tiêu kế hoạch cụ thể): 138.557 triệu đồng;\n+ Chi đầu tư từ nguồn "
                    "vốn ngân sách trung ương hỗ trợ có mục tiêu vốn ngoài nước (Phân bổ sau khi "
                    "có quyết định hoặc thông báo của trung ương phân bổ vốn chi tiết): 96.855 "
                    "triệu đồng;\n+ Chi đầu tư từ nguồn vốn vay Ngân hàng Phát triển Việt Nam "
                    "(Phân bổ sau khi có Quyết định của Trung ương cho vay): 59.700 triệu "
                    "đồng;\n- Chi thường xuyên chưa phân bổ: 258.758 triệu đồng; bao gồm:\n+ Kinh "
                    "phí sự nghiệp giáo dục - đào tạo và dạy nghề 10.835 triệu đồng tiếp tục theo "
                    "dõi thực hiện trong điều hành ngân sách năm 2017;\n+ Kinh phí sự nghiệp chưa "
                    "phân bổ 205.050 triệu đồng tiếp tục theo dõi thực hiện trong điều hành ngân "
                    "sách năm 2017;\n+ Kinh phí quản lý hành chính 3.195 triệu đồng tiếp tục theo "
                    "dõi thực hiện trong điều hành ngân sách năm 2017;\n+ Chi thường xuyên từ "
                    "nguồn vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia (phân bổ sau "
                    "khi có Quyết định của Trung ương giao chỉ tiêu kế hoạch cụ thể) là 39.679 "
                    "triệu đồng.\n2.2. Chi từ nguồn thu để lại quản lý qua ngân sách nhà nước: "
                    "59.400 triệu đồng.\n(Đính kèm các phụ lục 02, 07)"
                ),
            ),
        ),
    ),
    hm.Article(
        number=3,
        text=(
            "Thông qua các giải pháp thực hiện dự toán ngân sách địa phương của Ủy ban nhân dân "
            "tỉnh trình Hội đồng nhân dân tỉnh; các giải pháp tại Báo cáo thẩm tra của Ban Kinh "
            "tế - Ngân sách và nhấn mạnh một số vấn đề cơ bản sau đây:"
        ),
        clauses=(
            hm.Clause(
                number=1,
                text=(
                    "Ủy ban nhân dân tỉnh chỉ đạo các ngành và các địa phương trong việc tổ chức "
                    "theo dõi sát diễn biến giá cả thị trường trên địa bàn tỉnh, đặc biệt là giá "
                    "các mặt hàng thiết yếu phục vụ đời sống nhân dân; có giải pháp cụ thể điều "
                    "hành và bình ổn giá các mặt hàng thiết yếu trong những tháng cuối năm 2016 "
                    "và đầu năm 2017, không để xảy ra tình trạng thiếu hàng, sốt giá trên địa bàn "
                    "tỉnh, nhất là trong dịp tết Nguyên đán cổ truyền của dân tộc."
                ),
            ),
            hm.Clause(
                number=2,
                text=(
                    "Ủy ban nhân dân tỉnh chỉ đạo các ngành và các địa phương tiếp tục triển khai "
                    "và thực hiện có hiệu quả các Nghị quyết của Chính phủ về một số giải pháp hỗ "
                    "trợ sản xuất kinh doanh, hỗ trợ thị trường, tái cơ cấu kinh tế, giải quyết "
                    "nợ xấu và xem đây là nhiệm vụ trọng tâm trong điều hành dự toán ngân sách "
                    "nhà nước. Với mục tiêu tiếp tục thực hiện chính sách tài khóa thắt chặt, "
                    "tiết kiệm, phân bổ nguồn lực đầu tư công hợp lý, hiệu quả để góp phần cùng "
                    "chính sách tiền tệ ổn định kinh tế vĩ mô. Thực hiện tăng cường công tác thu "
                    "ngân sách, bố trí chi chặt chẽ, tiết kiệm và nâng cao hiệu quả chi tiêu "
                    "công. Ưu tiên nguồn lực để thực hiện các chính sách an sinh xã hội, hỗ trợ "
                    "người nghèo, đối tượng bảo trợ xã hội..."
                ),
            ),
            hm.Clause(
                number=3,
                text=(
                    "Nhiệm vụ quan trọng của công tác thu ngân sách năm 2017 là tập trung tổ chức "
                    "bám sát tình hình đầu tư, phát triển sản xuất kinh doanh và hoạt động xuất "
                    "nhập khẩu năm 2017; tính đúng, tính đủ, kịp thời các khoản thu ngân sách "
                    "theo các chính sách, chế độ hiện hành và những chế độ, chính sách mới sẽ có "
                    "hiệu lực thi hành năm 2017; các khoản thu NSNN của doanh nghiệp, tổ chức, cá "
                    "nhân phát sinh, phải nộp trong năm 2017, trong đó chú ý tính các khoản thu "
                    "phát sinh từ các dự án đầu tư đã hết thời gian ưu đãi thuế. Bên cạnh đó, tổ "
                    "chức thực hiện tốt Luật Quản lý thuế nhằm động viên các khoản thu nộp vào "
                    "NSNN; đồng thời vừa phải tạo sự khuyến khích sản xuất kinh doanh phát triển, "
                    "tăng tích lũy và phát triển nguồn thu; vừa đảm bảo nguồn lực thực hiện nhiệm "
                    "vụ phát triển kinh tế - xã hội của tỉnh, vừa chủ động ứng phó với những tác "
                    "động của giá cả thị trường, vừa phải đẩy mạnh cải cách thủ tục hành chính "
                    "trong lĩnh vực thuế, tạo môi trường thuận lợi cho doanh nghiệp; thực hiện cơ "
                    "chế tự kê khai, tự nộp thuế, tăng trách nhiệm của người nộp thuế và cơ quan "
                    "thu thuế; tăng cường công tác kiểm tra, chống thất thu, nợ đọng thuế, tạo "
                    "môi trường bình đẳng cho mọi doanh nghiệp thuộc các thành phần kinh tế."
                ),
            ),
            hm.Clause(
                number=4,
                text=(
                    "Ủy ban nhân dân tỉnh chỉ đạo các ngành, các cấp thực hiện nghiêm quy định "
                    "của Luật Ngân sách Nhà nước; tăng cường công tác quản lý và giám sát chặt "
                    "chẽ các khoản chi, đảm bảo yêu cầu chi đã được bố trí trong dự toán được Hội "
                    "đồng nhân dân tỉnh thông qua. Trường hợp nếu nguồn thu không đạt dự toán "
                    "phải sắp xếp lại một số khoản chi để giảm chi tương ứng với nguồn thu."
                ),
            ),
            hm.Clause(
                number=5,
                text=(
                    "Ưu tiên bố trí chi đầu tư phát triển để thực hiện mục tiêu phát triển kinh "
                    "tế - xã hội năm 2017 và giai đoạn 2016-2020 của tỉnh, trong đó ưu tiên bố "
                    "trí dự toán cho các dự án, công trình trọng điểm của tỉnh, phát triển khu "
                    "vực nông nghiệp, nông thôn, thúc đẩy xóa đói giảm nghèo và phát triển bền "
                    "vững; tiếp tục ưu tiên bố trí vốn đầu tư phát triển nguồn nhân lực cho lĩnh "
                    "vực giáo dục-đào tạo, y tế, khoa học-công nghệ, bảo vệ môi trường, an ninh, "
                    "quốc phòng..."
                ),
            ),
            hm.Clause(
                number=6,
                text=(
                    "Đối với các khoản chưa phân bổ 1.015 tỷ đồng (trong đó: Vốn Ngân sách địa "
                    "phương chưa phân bổ 977,45 tỷ đồng; ngân sách cấp tỉnh chưa phân bổ 37,55 tỷ "
                    "đồng), giao Ủy ban nhân dân tỉnh tiếp tục lập phương án phân bổ, báo cáo với "
                    "Thường trực Hội đồng nhân dân tỉnh cho ý kiến trước khi thực hiện (kèm theo "
                    "phụ lục số 09)."
                ),
            ),
            hm.Clause(
                number=7,
                text=(
                    "Trong quá trình thực hiện dự toán ngân sách nhà nước năm 2017, Ủy ban nhân "
                    "dân tỉnh chỉ đạo các ngành, các địa phương phấn đấu thu vượt nhiệm vụ được "
                    "giao để bổ sung đầu tư phát triển, phòng chống thiên tai, dịch bệnh và xử lý "
                    "các vấn đề cấp bách, đột xuất phát sinh trong năm ở từng ngành, từng cấp và "
                    "dành nguồn để thực hiện cải cách tiền lương, thực hiện các chính sách đảm "
                    "bảo an sinh xã hội theo quy định."
                ),
            ),
        ),
    ),
    hm.Article(
        number=4,
        name="Tổ chức thực hiện",
        text="Hội đồng nhân dân tỉnh giao:",
        clauses=(
            hm.Clause(
                number=1,
                text=(
                    "Ủy ban nhân dân tỉnh tổ chức thực hiện giao nhiệm vụ thu, chi ngân sách cho "
                    "từng cơ quan, ban, ngành và các địa phương thuộc tỉnh quản lý theo đúng quy "
                    "định của Luật Ngân sách Nhà nước. Tổ chức quản lý, điều hành ngân sách theo "
                    "dự toán đã được Hội đồng nhân dân tỉnh quyết định. Trong quá trình thực "
                    "hiện, giữa hai kỳ họp Hội đồng nhân dân tỉnh, nếu có phát sinh thay đổi so "
                    "với dự toán ngân sách đã phân bổ thì Ủy ban nhân dân tỉnh báo cáo Thường "
                    "trực Hội đồng nhân dân tỉnh trước khi thực hiện và báo cáo Hội đồng nhân dân "
                    "tỉnh tại kỳ họp gần nhất."
                ),
            ),
            hm.Clause(
                number=2,
                text=(
                    "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và các đại biểu "
                    "Hội đồng nhân dân tỉnh căn cứ chức năng, nhiệm vụ, quyền hạn theo luật định "
                    "tăng cường đôn đốc, kiểm tra, giám sát việc thực hiện Nghị quyết này."
                ),
            ),
        ),
    ),
)


def build() -> hm.Resolution:
    """The record: an individual resolution that stands alone, with its council embedded."""
    return hm.Resolution(
        id="phu-yen-2016-nq-57",
        title="Về dự toán thu ngân sách nhà nước trên địa bàn, chi ngân sách địa phương, phương "
        "án phân bổ ngân sách cấp tỉnh năm 2017",
        nature=hm.ResolutionNature.INDIVIDUAL,
        number=hm.DocumentNumber.parse("57/NQ-HĐND"),
        council=COUNCIL,
        khoa=7,
        session_number=3,
        place="Phú Yên",
        signed_on=dt.date(2016, 12, 16),
        adopted_on=dt.date(2016, 12, 15),
        effective_on=dt.date(2016, 12, 15),
        legal_bases=LEGAL_BASES,
        considerations=CONSIDERATIONS,
        articles=ARTICLES,
        signer=hm.Signature(person=hm.Person(full_name="Huỳnh Tấn Việt"), title="CHỦ TỊCH"),
        sources=(SOURCE,),
    )


def summary(resolution: hm.Resolution) -> str:
    """A few lines saying what the record holds."""
    assert resolution.council is not None
    assert resolution.adopted_on is not None
    assert resolution.signer is not None
    lines = [
        f"Nghị quyết số {resolution.number} của {resolution.council.name}",
        f"Khóa {to_roman(resolution.khoa or 0)}, kỳ họp thứ {resolution.session_number}; thông qua "
        f"{resolution.adopted_on:%d/%m/%Y}, ký {resolution.signed_on:%d/%m/%Y}",
        f"{len(resolution.legal_bases)} căn cứ, {len(resolution.considerations)} dòng xét, "
        f"{len(resolution.articles)} điều",
    ]
    lines += [
        f"- Điều {a.number}: {len(a.clauses)} khoản" + (f" ({a.name})" if a.name else "")
        for a in resolution.articles
    ]
    lines.append(f"{resolution.signer.title}: {resolution.signer.person.full_name}")
    return "\n".join(lines)


def main() -> None:
    """Build the record and print its summary."""
    print(summary(build()))


if __name__ == "__main__":
    main()
