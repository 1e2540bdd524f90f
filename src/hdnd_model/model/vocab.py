"""Controlled vocabularies: enums with stable English values and Vietnamese legal labels.

Every member's value is the English snake_case string used in serialized documents; its
``label_vi`` is the Vietnamese term as the law or practice writes it (``domain.md`` §9).
Values never change once released; labels may be corrected.
"""

from __future__ import annotations

import enum

__all__ = [
    "AdminLevel",
    "AgendaItemKind",
    "AttendanceStatus",
    "CommitteeKind",
    "ConfidenceLevel",
    "DocumentKind",
    "MeetingKind",
    "MeetingMode",
    "NumberForm",
    "OrganKind",
    "ParticipantRole",
    "PositionKind",
    "ResolutionNature",
    "ResolutionProcedure",
    "RuleMode",
    "SessionKind",
    "SessionSeries",
    "SessionTiming",
    "SigningAuthority",
    "TrustChoice",
    "UnitKind",
    "VoteBase",
    "VoteChoice",
    "VoteComparison",
    "VoteMethod",
    "VoteOutcome",
]


class _Vocab(enum.StrEnum):
    """A vocabulary member: an English value with its Vietnamese label."""

    label_vi: str

    def __new__(cls, value: str, label_vi: str) -> _Vocab:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        return member

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class AdminLevel(_Vocab):
    """A level of local government (cấp chính quyền địa phương)."""

    PROVINCE = "province", "cấp tỉnh"
    DISTRICT = "district", "cấp huyện"
    COMMUNE = "commune", "cấp xã"


class UnitKind(_Vocab):
    """A kind of administrative unit (loại đơn vị hành chính), ``domain.md`` §1.1."""

    PROVINCE = "province", "tỉnh"
    CENTRAL_CITY = "central_city", "thành phố trực thuộc trung ương"
    RURAL_DISTRICT = "rural_district", "huyện"
    URBAN_DISTRICT = "urban_district", "quận"
    DISTRICT_TOWN = "district_town", "thị xã"
    PROVINCIAL_CITY = "provincial_city", "thành phố thuộc tỉnh"
    CITY_IN_CENTRAL_CITY = "city_in_central_city", "thành phố thuộc thành phố trực thuộc trung ương"
    COMMUNE = "commune", "xã"
    WARD = "ward", "phường"
    TOWNSHIP = "township", "thị trấn"
    SPECIAL_ZONE = "special_zone", "đặc khu"
    SPECIAL_UNIT = "special_unit", "đơn vị hành chính - kinh tế đặc biệt"

    @property
    def short_label_vi(self) -> str:
        """The generic noun used before a unit's name (``thành phố`` for both city kinds)."""
        if self in (
            UnitKind.CENTRAL_CITY,
            UnitKind.PROVINCIAL_CITY,
            UnitKind.CITY_IN_CENTRAL_CITY,
        ):
            return "thành phố"
        return self.label_vi


class OrganKind(_Vocab):
    """A body of a council (cơ quan của Hội đồng nhân dân), ``domain.md`` §2.1."""

    COUNCIL = "council", "Hội đồng nhân dân"
    STANDING_COMMITTEE = "standing_committee", "Thường trực Hội đồng nhân dân"
    COMMITTEE = "committee", "Ban của Hội đồng nhân dân"
    DELEGATE_GROUP = "delegate_group", "Tổ đại biểu Hội đồng nhân dân"
    TELLERS = "tellers", "Ban kiểm phiếu"
    OFFICE = "office", "Văn phòng"


class CommitteeKind(_Vocab):
    """A committee (Ban) of a council, ``domain.md`` §2.3."""

    LEGAL = "legal", "Ban Pháp chế"
    ECONOMY_BUDGET = "economy_budget", "Ban Kinh tế - Ngân sách"
    CULTURE_SOCIETY = "culture_society", "Ban Văn hóa - Xã hội"
    ETHNIC = "ethnic", "Ban Dân tộc"
    URBAN = "urban", "Ban Đô thị"
    ECONOMY_SOCIETY = "economy_society", "Ban Kinh tế - Xã hội"


class PositionKind(_Vocab):
    """A position held in a council or one of its bodies (chức vụ), ``domain.md`` §2.4."""

    CHAIR = "chair", "Chủ tịch Hội đồng nhân dân"
    VICE_CHAIR = "vice_chair", "Phó Chủ tịch Hội đồng nhân dân"
    ACTING_CHAIR = "acting_chair", "Quyền Chủ tịch Hội đồng nhân dân"
    STANDING_MEMBER = "standing_member", "Ủy viên Thường trực Hội đồng nhân dân"
    COMMITTEE_HEAD = "committee_head", "Trưởng Ban"
    COMMITTEE_DEPUTY_HEAD = "committee_deputy_head", "Phó Trưởng Ban"
    COMMITTEE_MEMBER = "committee_member", "Ủy viên Ban"
    GROUP_LEADER = "group_leader", "Tổ trưởng Tổ đại biểu"
    GROUP_DEPUTY_LEADER = "group_deputy_leader", "Tổ phó Tổ đại biểu"
    DELEGATE = "delegate", "Đại biểu Hội đồng nhân dân"
    OFFICE_CHIEF = "office_chief", "Chánh Văn phòng Hội đồng nhân dân"


class SessionKind(_Vocab):
    """A kind of council session (kỳ họp), ``domain.md`` §3.2."""

    FIRST = "first", "kỳ họp thứ nhất"
    REGULAR = "regular", "kỳ họp thường lệ"
    THEMATIC = "thematic", "chuyên đề"
    EXTRAORDINARY = "extraordinary", "bất thường"


class SessionSeries(_Vocab):
    """The numbering series of a session (some councils number thematic sessions apart)."""

    MAIN = "main", "kỳ họp"
    THEMATIC = "thematic", "kỳ họp chuyên đề"


class SessionTiming(_Vocab):
    """When in the year a regular session is held."""

    MID_YEAR = "mid_year", "kỳ họp giữa năm"
    YEAR_END = "year_end", "kỳ họp cuối năm"


class MeetingKind(_Vocab):
    """A kind of meeting (phiên họp): a sitting of a session or a meeting between sessions."""

    PREPARATORY = "preparatory", "phiên trù bị"
    OPENING = "opening", "phiên khai mạc"
    GROUP_DISCUSSION = "group_discussion", "thảo luận tổ"
    PLENARY_DISCUSSION = "plenary_discussion", "thảo luận tại hội trường"
    QUESTIONING = "questioning", "phiên chất vấn và trả lời chất vấn"
    ELECTIONS = "elections", "phiên bầu cử, miễn nhiệm, bãi nhiệm"
    CONFIDENCE = "confidence", "phiên lấy phiếu tín nhiệm"
    VOTING = "voting", "phiên biểu quyết thông qua nghị quyết"
    CLOSING = "closing", "phiên bế mạc"
    PLENARY = "plenary", "phiên họp toàn thể"
    STANDING_MONTHLY = "standing_monthly", "phiên họp thường kỳ hằng tháng"
    STANDING = "standing", "phiên họp Thường trực"
    EXPLANATION = "explanation", "phiên giải trình"
    STANDING_QUESTIONING = (
        "standing_questioning",
        "phiên chất vấn của Thường trực Hội đồng nhân dân",
    )
    COMMITTEE = "committee", "phiên họp của Ban"
    OTHER = "other", "phiên họp"

    @property
    def is_sitting(self) -> bool:
        """Whether this kind is a sitting of a council session."""
        return self in _SITTINGS

    @property
    def is_standing(self) -> bool:
        """Whether this kind is a meeting a body (the Thường trực) holds between sessions: a
        monthly or other Standing Committee meeting, an explanation hearing, a questioning."""
        return self in _STANDING


_STANDING = frozenset(
    {
        MeetingKind.STANDING_MONTHLY,
        MeetingKind.STANDING,
        MeetingKind.EXPLANATION,
        MeetingKind.STANDING_QUESTIONING,
    }
)


_SITTINGS = frozenset(
    {
        MeetingKind.PREPARATORY,
        MeetingKind.OPENING,
        MeetingKind.GROUP_DISCUSSION,
        MeetingKind.PLENARY_DISCUSSION,
        MeetingKind.QUESTIONING,
        MeetingKind.ELECTIONS,
        MeetingKind.CONFIDENCE,
        MeetingKind.VOTING,
        MeetingKind.CLOSING,
        MeetingKind.PLENARY,
    }
)


class MeetingMode(_Vocab):
    """How a meeting is held."""

    IN_PERSON = "in_person", "trực tiếp"
    ONLINE = "online", "trực tuyến"
    HYBRID = "hybrid", "trực tiếp kết hợp trực tuyến"


class ParticipantRole(_Vocab):
    """The role of a participant in a meeting, ``domain.md`` §2.4 and §3.6."""

    CHAIR = "chair", "chủ tọa"
    CO_CHAIR = "co_chair", "đồng chủ tọa"
    SECRETARY = "secretary", "thư ký"
    CONVENOR = "convenor", "triệu tập viên"
    PRESENTER = "presenter", "người trình bày"
    RESPONDENT = "respondent", "người trả lời chất vấn"
    DELEGATE = "delegate", "đại biểu"
    GUEST = "guest", "khách mời"
    TELLER_HEAD = "teller_head", "Trưởng Ban kiểm phiếu"
    TELLER_SECRETARY = "teller_secretary", "Thư ký Ban kiểm phiếu"
    TELLER = "teller", "Ủy viên Ban kiểm phiếu"
    ATTENDEE = "attendee", "thành phần tham dự"


class AttendanceStatus(_Vocab):
    """A delegate's attendance (điểm danh), ``domain.md`` §3.6."""

    PRESENT = "present", "có mặt"
    ABSENT_WITH_REASON = "absent_with_reason", "vắng mặt có lý do"
    ABSENT_WITHOUT_REASON = "absent_without_reason", "vắng mặt không lý do"
    ONLINE = "online", "tham dự trực tuyến"


class AgendaItemKind(_Vocab):
    """What an agenda item (nội dung) does."""

    REPORT = "report", "báo cáo"
    SUBMISSION = "submission", "tờ trình"
    REVIEW = "review", "báo cáo thẩm tra"
    DISCUSSION = "discussion", "thảo luận"
    QUESTIONING = "questioning", "chất vấn và trả lời chất vấn"
    EXPLANATION = "explanation", "giải trình"
    ELECTION = "election", "bầu cử, miễn nhiệm, bãi nhiệm"
    CONFIDENCE = "confidence", "lấy phiếu, bỏ phiếu tín nhiệm"
    ADOPTION = "adoption", "biểu quyết thông qua"
    PROCEDURE = "procedure", "thủ tục"
    OTHER = "other", "nội dung khác"


class VoteChoice(_Vocab):
    """A delegate's choice in a vote (biểu quyết), ``domain.md`` §4.3."""

    IN_FAVOUR = "in_favour", "tán thành"
    AGAINST = "against", "không tán thành"
    NOT_VOTING = "not_voting", "không biểu quyết"


class VoteMethod(_Vocab):
    """How a vote is taken."""

    SHOW_OF_HANDS = "show_of_hands", "biểu quyết bằng hình thức giơ tay"
    ELECTRONIC = "electronic", "biểu quyết điện tử"
    SECRET_BALLOT = "secret_ballot", "bỏ phiếu kín"


class VoteOutcome(_Vocab):
    """The outcome of a vote as a source states it, when it gives no counts."""

    PASSED = "passed", "thông qua"
    REJECTED = "rejected", "không thông qua"


class VoteBase(_Vocab):
    """What a vote threshold is computed against."""

    TOTAL_DELEGATES = "total_delegates", "tổng số đại biểu"
    PRESENT = "present", "số đại biểu có mặt"
    VOTES_CAST = "votes_cast", "số đại biểu tham gia biểu quyết"


class VoteComparison(_Vocab):
    """Whether a threshold must be exceeded or only reached."""

    MORE_THAN = "more_than", "quá"
    AT_LEAST = "at_least", "ít nhất"


class ConfidenceLevel(_Vocab):
    """A level of a confidence poll (lấy phiếu tín nhiệm), ``domain.md`` §4.4."""

    HIGH = "high", "tín nhiệm cao"
    CONFIDENT = "confident", "tín nhiệm"
    LOW = "low", "tín nhiệm thấp"


class TrustChoice(_Vocab):
    """A choice in a confidence vote (bỏ phiếu tín nhiệm), ``domain.md`` §4.4."""

    TRUST = "trust", "tín nhiệm"
    NO_TRUST = "no_trust", "không tín nhiệm"


class SigningAuthority(_Vocab):
    """The authority prefix of a signature block (thẩm quyền ký), Decree 30."""

    NONE = "none", ""
    ON_BEHALF = "on_behalf", "TM."
    ACTING = "acting", "Q."
    DEPUTY = "deputy", "KT."
    BY_ORDER = "by_order", "TL."
    BY_AUTHORISATION = "by_authorisation", "TUQ."


class ResolutionNature(_Vocab):
    """Whether a resolution is legal normative or individual, ``domain.md`` §4.1."""

    NORMATIVE = "normative", "nghị quyết quy phạm pháp luật"
    INDIVIDUAL = "individual", "nghị quyết cá biệt"


class ResolutionProcedure(_Vocab):
    """How a legal normative resolution was drafted and adopted (trình tự, thủ tục).

    The shortened procedure and the special cases of the promulgation laws let a resolution take
    effect from its adoption or signing, without the usual delay (``documents.md`` §13.3).
    """

    STANDARD = "standard", "trình tự, thủ tục thông thường"
    SHORTENED = "shortened", "trình tự, thủ tục rút gọn"
    SPECIAL = "special", "trường hợp đặc biệt"


class RuleMode(_Vocab):
    """What the model does with a record that breaks a rule of practice: a policy setting."""

    OFF = "off", "không kiểm tra"
    WARN = "warn", "cảnh báo"
    REFUSE = "refuse", "từ chối"


class NumberForm(_Vocab):
    """The syntax of a document number (số, ký hiệu), ``domain.md`` §5."""

    ADMINISTRATIVE = "administrative", "văn bản hành chính"
    NORMATIVE = "normative", "văn bản quy phạm pháp luật"
    NATIONAL_ASSEMBLY = "national_assembly", "văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội"
    PARTY = "party", "văn bản của Đảng"


class DocumentKind(_Vocab):
    """A kind of document (tên loại văn bản) with its abbreviation, ``domain.md`` §5.3.

    ``abbreviation`` is the symbol Decree 30 (or the promulgation law) assigns; kinds without one
    (công văn, thư công) have ``None``.
    """

    abbreviation: str | None

    def __new__(cls, value: str, label_vi: str, abbreviation: str | None = None) -> DocumentKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_vi = label_vi
        member.abbreviation = abbreviation
        return member

    RESOLUTION = "resolution", "Nghị quyết", "NQ"
    DECISION = "decision", "Quyết định", "QĐ"
    DIRECTIVE = "directive", "Chỉ thị", "CT"
    STATUTE = "statute", "Quy chế", "QC"
    REGULATION = "regulation", "Quy định", "QyĐ"
    COMMUNIQUE = "communique", "Thông cáo", "TC"
    NOTICE = "notice", "Thông báo", "TB"
    GUIDANCE = "guidance", "Hướng dẫn", "HD"
    PROGRAMME = "programme", "Chương trình", "CTr"
    PLAN = "plan", "Kế hoạch", "KH"
    SCHEME = "scheme", "Phương án", "PA"
    PROPOSAL = "proposal", "Đề án", "ĐA"
    PROJECT = "project", "Dự án", "DA"
    REPORT = "report", "Báo cáo", "BC"
    MINUTES = "minutes", "Biên bản", "BB"
    SUBMISSION = "submission", "Tờ trình", "TTr"
    CONTRACT = "contract", "Hợp đồng", "HĐ"
    DISPATCH_TELEGRAM = "dispatch_telegram", "Công điện", "CĐ"
    MEMORANDUM = "memorandum", "Bản ghi nhớ", "BGN"
    AGREEMENT = "agreement", "Bản thỏa thuận", "BTT"
    AUTHORISATION = "authorisation", "Giấy ủy quyền", "GUQ"
    INVITATION = "invitation", "Giấy mời", "GM"
    INTRODUCTION = "introduction", "Giấy giới thiệu", "GGT"
    LEAVE = "leave", "Giấy nghỉ phép", "GNP"
    SLIP = "slip", "Phiếu gửi", "PG"
    TRANSFER_SLIP = "transfer_slip", "Phiếu chuyển", "PC"
    NOTICE_SLIP = "notice_slip", "Phiếu báo", "PB"
    CERTIFIED_COPY = "certified_copy", "Bản sao y", "SY"
    EXTRACT_COPY = "extract_copy", "Bản trích sao", "TrS"
    TRANSCRIBED_COPY = "transcribed_copy", "Bản sao lục", "SL"
    OFFICIAL_LETTER = "official_letter", "Công văn", None
    OFFICIAL_MAIL = "official_mail", "Thư công", None
    CONCLUSION = "conclusion", "Kết luận", "KL"
    LAW = "law", "Luật", None
    ORDINANCE = "ordinance", "Pháp lệnh", None
    DECREE = "decree", "Nghị định", "NĐ"
    CIRCULAR = "circular", "Thông tư", "TT"
    CONSOLIDATED_TEXT = "consolidated_text", "Văn bản hợp nhất", "VBHN"

    @classmethod
    def from_abbreviation(cls, abbreviation: str) -> DocumentKind | None:
        """The kind whose abbreviation is exactly ``abbreviation``, or None."""
        return _BY_ABBREVIATION.get(abbreviation)


_BY_ABBREVIATION = {k.abbreviation: k for k in DocumentKind if k.abbreviation is not None}
