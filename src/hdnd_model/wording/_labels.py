"""Every fixed Vietnamese phrase of the documents, in one table.

The wording follows Mẫu 1.9 of Decree 30/2020/NĐ-CP, Phụ lục III (the minutes) and the phrasing
of HĐND minutes and vote reports. Templates use :meth:`str.format` fields; everything else is
literal. The renderers print these phrases and the layout readers compile their patterns from
them, so what is printed is what is read back.
"""

from __future__ import annotations

from typing import Final

__all__ = ["LABELS"]


class _Labels:
    """The phrases, as attributes; read-only by convention."""

    # Header (ô số 1-4) and title (ô số 5a).
    NATIONAL_NAME: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
    NUMBER: Final = "Số: {number}"
    NUMBER_BLANK: Final = "Số:        /{symbol}"
    MINUTES_SYMBOL: Final = "BB"
    COUNCIL_SYMBOL: Final = "HĐND"
    COUNCIL_UPPER: Final = "HỘI ĐỒNG NHÂN DÂN"
    COUNCIL_SHORT_UPPER: Final = "HĐND"
    STANDING_UPPER: Final = "THƯỜNG TRỰC HĐND"
    KIND: Final = "BIÊN BẢN"
    SESSION_SUMMARY: Final = "Kỳ họp {ordinal}, {council}"
    THEMATIC_SUMMARY: Final = "Kỳ họp chuyên đề {ordinal}, {council}"
    SESSION_SUMMARY_UNNUMBERED: Final = "Kỳ họp {council}"
    SESSION_KIND: Final = " (kỳ họp {kind})"
    BODY_MEETING: Final = "{kind} của {body}"
    BODY_OF_COUNCIL: Final = "{body} {council}"
    MEETING_OF: Final = "phiên họp {body}"
    COUNCIL: Final = "Hội đồng nhân dân"
    STANDING_BODY: Final = "Thường trực"
    THEMATIC_SUMMARY_UNNUMBERED: Final = "Kỳ họp chuyên đề, {council}"
    KHOA: Final = "khóa {roman}"
    TERM: Final = "nhiệm kỳ {label}"

    # Body skeleton (Mẫu 1.9).
    START: Final = "Thời gian bắt đầu: "
    DURATION: Final = "Thời gian kỳ họp: "
    SESSION_DAYS: Final = "từ {first} đến {last}"
    AT_TIME_ON: Final = "{time}, {date}"
    PLACE: Final = "Địa điểm: "
    MODE: Final = "Hình thức: "
    CLOSED: Final = "Phiên họp kín."
    ATTENDANCE: Final = "Thành phần tham dự:"
    CHAIRS: Final = "Chủ trì (chủ tọa): "
    CONVENOR: Final = " (triệu tập viên)"
    SECRETARIES: Final = "Thư ký (người ghi biên bản): "
    TELLERS: Final = "Ban kiểm phiếu: "
    CONTENT: Final = "Nội dung:"
    BLANK: Final = "……"

    # Attendance.
    TOTAL_DELEGATES: Final = "Tổng số đại biểu: {total}."
    SITTING_ATTENDANCE: Final = "Điểm danh:"
    PRESENT: Final = "Đại biểu có mặt: {present}/{total} đại biểu, đạt {share} tổng số đại biểu"
    PRESENT_SHARE: Final = "Đại biểu có mặt: {share} tổng số đại biểu"
    ONLINE: Final = ", trong đó {online} đại biểu tham dự trực tuyến"
    ABSENT_WITH_REASON: Final = "Vắng mặt có lý do: {count} đại biểu"
    ABSENT_WITHOUT_REASON: Final = "Vắng mặt không lý do: {count} đại biểu"
    NAMED: Final = " ({names})"
    ROLL_CALL: Final = "Điểm danh đại biểu:"
    ROLL_HEAD: Final = ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điểm danh")
    STATUS: Final = " ({status})"
    ATTENDEES: Final = "Dự họp: "
    DELEGATES: Final = "Đại biểu: "
    GUESTS: Final = "Khách mời: "
    SPEAKERS: Final = "Trình bày, trả lời chất vấn: "

    # Agenda items.
    ITEM: Final = "{number}. {title}"
    PRESENTED_BY: Final = "Trình bày: "
    DOCUMENT: Final = "{kind} số {number}"
    DOCUMENT_UNNUMBERED: Final = "{kind}"
    OF: Final = " của {issuer}"
    ABOUT: Final = " về {title}"
    DOCUMENTS: Final = "Văn bản: "
    DOCUMENTS_REFERRED: Final = "Văn bản được nhắc đến: "
    STATEMENTS: Final = "Ý kiến phát biểu:"
    AT_GROUP: Final = "Tại {group}: "
    SPEAKER_AT_GROUP: Final = " (tại {group})"
    QUESTIONS: Final = "Chất vấn và trả lời chất vấn:"
    QUESTION_BY: Final = "{asker} chất vấn"
    QUESTION_TOPIC: Final = " về {topic}"
    ANSWER_BY: Final = "{respondent} trả lời: "
    ANSWER: Final = "Trả lời: "
    CONCLUSION: Final = "Kết luận: "
    CONCLUSIONS: Final = "Kết luận của chủ tọa:"
    RESOLUTIONS: Final = "Các nghị quyết được thông qua:"
    RESOLUTION: Final = "Nghị quyết số {number} {title}"
    RESOLUTION_UNNUMBERED: Final = "Nghị quyết {title}"
    PERSON_TITLE: Final = "{name}, {title}"
    PERSON_ORG: Final = "{name}, {organization}"

    # Votes: shares of the total number of delegates; a rule's share in words.
    RULE: Final = "{comparison} {share} {base}"
    RULE_SHARES: Final = (
        ("1/2", "nửa"),
        ("2/3", "hai phần ba"),
        ("3/4", "ba phần tư"),
        ("1", "toàn bộ"),
    )
    VOTE: Final = "Biểu quyết"
    VOTE_ON: Final = "Biểu quyết {subject}"
    VOTE_METHOD: Final = " ({method})"
    VOTING: Final = "{count}/{total} đại biểu tham gia biểu quyết, chiếm {share} tổng số đại biểu"
    IN_FAVOUR: Final = "{count}/{total} đại biểu tán thành, đạt {share} tổng số đại biểu"
    AGAINST: Final = "{count}/{total} đại biểu không tán thành, chiếm {share} tổng số đại biểu"
    NOT_VOTING: Final = "{count}/{total} đại biểu không biểu quyết, chiếm {share} tổng số đại biểu"
    PASSED: Final = "Kết quả: được thông qua (tán thành {rule})."
    STATED_OUTCOME: Final = "Kết quả: {stated}."
    STATED_SHARE: Final = "{share} {base} tán thành"
    FAILED: Final = "Kết quả: không được thông qua (chưa đạt {rule})."

    # Elections and confidence ballots.
    ELECTION: Final = "Bầu {office}"
    SEATS: Final = " ({seats} người)"
    BALLOTS: Final = (
        "Số phiếu phát ra: {issued}; thu vào: {returned}; hợp lệ: {valid}; không hợp lệ: {invalid}."
    )
    CANDIDATE: Final = "{name}: {votes} phiếu, đạt {share} tổng số {total} đại biểu"
    ELECTED: Final = ", trúng cử"
    NOT_ELECTED: Final = ", không trúng cử"
    NEW_ROUND: Final = "Kết quả: có số phiếu bằng nhau, cần bầu lại."
    POLL: Final = "Lấy phiếu tín nhiệm"
    POLL_ENTRY: Final = (
        "{name}, {office}: tín nhiệm cao {high} phiếu ({high_share}); tín nhiệm {confident} phiếu"
        " ({confident_share}); tín nhiệm thấp {low} phiếu ({low_share})"
    )
    POLL_MAY_RESIGN: Final = "; quá nửa tổng số đại biểu đánh giá tín nhiệm thấp"
    POLL_REQUIRES_VOTE: Final = (
        "; từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp, phải bỏ phiếu tín nhiệm"
    )
    CONFIDENCE_VOTE: Final = "Bỏ phiếu tín nhiệm"
    CONFIDENCE_ENTRY: Final = (
        "{name}, {office}: tín nhiệm {trust} phiếu ({trust_share}); không tín nhiệm {no_trust}"
        " phiếu ({no_trust_share})"
    )
    NOT_TRUSTED: Final = ", không được tín nhiệm"
    TRUSTED: Final = ", được tín nhiệm"

    # Closing, signatures, recipients (Mẫu 1.9; ô số 7, 9b).
    MEETING_END: Final = "Cuộc họp kết thúc vào {time}, {date}."
    SESSION_END: Final = "Kỳ họp kết thúc vào {time}, {date}."
    END_MARK: Final = "/."  # after the closing full stop: "./."
    TIME_BLANK: Final = "… giờ …"
    SECRETARY: Final = "THƯ KÝ"
    CHAIR: Final = "CHỦ TỌA"
    RECIPIENTS: Final = "Nơi nhận:"
    RECIPIENT: Final = "- {line};"
    FILING: Final = "- Lưu: {filing}."
    SUBJECT: Final = "Biên bản {summary}"

    # Resolutions (Nghị quyết): Mẫu 1.1 of Decree 30 and the normative layouts.
    RESOLUTION_KIND: Final = "NGHỊ QUYẾT"
    RESOLUTION_SYMBOL: Final = "NQ"
    AUTHORITY_SESSION: Final = "KHÓA {roman}, KỲ HỌP THỨ {number}"
    AUTHORITY_THEMATIC: Final = "KHÓA {roman}, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ {number}"
    AUTHORITY_KIND: Final = " (KỲ HỌP {kind})"
    AUTHORITY_KHOA: Final = "KHÓA {roman}"
    BASIS: Final = "Căn cứ {text};"
    CONSIDERING: Final = "Xét {text}"
    ENACTING: Final = "QUYẾT NGHỊ:"
    ENACTING_2025: Final = "Hội đồng nhân dân ban hành Nghị quyết {title}."
    ARTICLE: Final = "Điều {number}."
    ARTICLE_NAMED: Final = "Điều {number}. {name}"
    CLAUSE: Final = "{number}. {text}"
    POINT: Final = "{label}) {text}"
    ADOPTED: Final = "Nghị quyết này đã được {council}{session} thông qua {date}"
    ADOPTED_SESSION: Final = ", kỳ họp thứ {number}"
    ADOPTED_THEMATIC: Final = ", kỳ họp chuyên đề lần thứ {number}"
    ADOPTED_EFFECT: Final = " và có hiệu lực từ {date}"
    DATE_BLANK: Final = "ngày … tháng … năm …"
    CHAIR_TITLE: Final = "CHỦ TỊCH"
    DEPUTY_TITLE: Final = "PHÓ CHỦ TỊCH"
    ON_BEHALF_COUNCIL: Final = "HỘI ĐỒNG NHÂN DÂN"
    ON_BEHALF_STANDING: Final = "THƯỜNG TRỰC HĐND"
    IMPLEMENTATION_NAME: Final = "Tổ chức thực hiện"
    IMPLEMENTATION_EXECUTE: Final = "Giao Ủy ban nhân dân {unit} tổ chức thực hiện Nghị quyết."
    IMPLEMENTATION_SUPERVISE: Final = (
        "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu Hội"
        " đồng nhân dân và đại biểu Hội đồng nhân dân {unit} giám sát việc thực hiện Nghị quyết."
    )
    EFFECT_NAME: Final = "Hiệu lực thi hành"
    EFFECT_TEXT: Final = "Nghị quyết này có hiệu lực thi hành kể từ {date}."
    RESOLUTION_FILING: Final = "VT"
    ANNEX: Final = "Phụ lục {label}"
    ANNEX_UNNUMBERED: Final = "Phụ lục"
    PLACE_DATE_BLANK: Final = "{place}, ngày … tháng … năm …"

    # Conclusion notices (Thông báo kết luận): Mẫu 1.4 of Decree 30.
    NOTICE_KIND: Final = "THÔNG BÁO"
    NOTICE_SYMBOL: Final = "TB"
    NOTICE_SUMMARY: Final = "Kết luận của {body} tại {meeting}"
    NOTICE_HELD: Final = "{date}, {body} tổ chức {meeting}."
    NOTICE_CHAIRED: Final = " Đồng chí {chair} chủ trì"
    NOTICE_ATTENDED: Final = "; dự họp có {attendees}"
    NOTICE_HEARD: Final = " Sau khi nghe {heard} và ý kiến của các đại biểu dự họp,"
    NOTICE_CONCLUDES: Final = " {body} kết luận như sau:"
    NOTICE_CONCLUDES_ALONE: Final = "{body} kết luận như sau:"
    ADDRESSEE: Final = "Đơn vị thực hiện: "
    DEADLINE: Final = "Thời hạn: "


LABELS: Final = _Labels()
