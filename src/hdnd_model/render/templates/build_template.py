"""Build ``minutes.docx``, the lean house template the DOCX renderer opens.

The template holds what does not depend on the minutes: the styles (Times New Roman, the sizes
of Decree 30/2020/NĐ-CP, Phụ lục I), the A4 page with its default margins, and the headers (an
empty one for page 1, a centred ``PAGE`` field for the others). It is written part by part, so
it carries nothing else: opening and saving it is the floor the render benchmark measures.

Run it from the repository root after changing a style, and commit the result::

    python src/hdnd_model/render/templates/build_template.py
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["STYLE_NAMES", "build", "main"]

TEMPLATE = Path(__file__).with_name("minutes.docx")

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_FONT = "Times New Roman"
_STAMP = (2020, 1, 1, 0, 0, 0)

_BODY_SPACING = '<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/>'
_INDENT = '<w:ind w:firstLine="567"/>'
_B, _I = "<w:b/><w:bCs/>", "<w:i/><w:iCs/>"


@dataclass(frozen=True)
class _Spec:
    """A paragraph style: its name and properties (sizes in half-points, lengths in twips)."""

    name: str
    rpr: str = ""
    jc: str = "center"
    spacing: str = '<w:spacing w:before="0" w:after="0"/>'
    ind: str = ""
    keep_next: bool = False
    rule: bool = False

    def xml(self, sid: str) -> str:
        """The ``w:style`` element, with its paragraph properties in schema order."""
        border = (
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
            if self.rule
            else ""
        )
        keep = "<w:keepNext/>" if self.keep_next else ""
        ppr = f'{keep}{border}{self.spacing}{self.ind}<w:jc w:val="{self.jc}"/>'
        return (
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
            f'<w:name w:val="{self.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{self.rpr}</w:rPr></w:style>"
        )


def _size(points: int) -> str:
    return f'<w:sz w:val="{2 * points}"/><w:szCs w:val="{2 * points}"/>'


# Style id -> spec. Names are what the renderer looks up (once per document); ids are what the
# body refers to. Body-sized styles carry no size: they take the document default (14 pt).
_STYLES: dict[str, _Spec] = {
    "MinutesBody": _Spec(name="Minutes Body", jc="both", spacing=_BODY_SPACING, ind=_INDENT),
    "MinutesHeading": _Spec(
        name="Minutes Heading",
        rpr=_B,
        jc="both",
        spacing=_BODY_SPACING,
        ind=_INDENT,
        keep_next=True,
    ),
    "MinutesSubheading": _Spec(
        name="Minutes Subheading",
        rpr=_B + _I,
        jc="both",
        spacing=_BODY_SPACING,
        ind=_INDENT,
        keep_next=True,
    ),
    "MinutesAgency": _Spec(name="Minutes Agency", rpr=_size(12)),
    "MinutesIssuer": _Spec(name="Minutes Issuer", rpr=_B + _size(12)),
    "MinutesNumber": _Spec(
        name="Minutes Number", rpr=_size(13), spacing='<w:spacing w:before="120" w:after="0"/>'
    ),
    "MinutesNationalName": _Spec(name="Minutes National Name", rpr=_B + _size(12)),
    "MinutesMotto": _Spec(name="Minutes Motto", rpr=_B + _size(13)),
    "MinutesPlaceDate": _Spec(
        name="Minutes Place Date",
        rpr=_I + _size(13),
        spacing='<w:spacing w:before="120" w:after="0"/>',
    ),
    "MinutesRule": _Spec(
        name="Minutes Rule",
        rpr=_size(2),
        rule=True,
        spacing='<w:spacing w:before="0" w:after="0" w:line="40" w:lineRule="exact"/>',
    ),
    "MinutesTitle": _Spec(
        name="Minutes Title",
        rpr=_B,
        keep_next=True,
        spacing='<w:spacing w:before="360" w:after="0"/>',
    ),
    "MinutesSummary": _Spec(name="Minutes Summary", rpr=_B, keep_next=True),
    "MinutesTableHead": _Spec(
        name="Minutes Table Head",
        rpr=_B + _size(13),
        keep_next=True,
        spacing='<w:spacing w:before="40" w:after="40"/>',
    ),
    "MinutesTableText": _Spec(
        name="Minutes Table Text",
        rpr=_size(13),
        jc="left",
        spacing='<w:spacing w:before="40" w:after="40"/>',
    ),
    "MinutesSignatureTitle": _Spec(name="Minutes Signature Title", rpr=_B, keep_next=True),
    "MinutesSignatureName": _Spec(
        name="Minutes Signature Name",
        rpr=_B,
        spacing='<w:spacing w:before="1440" w:after="0"/>',
    ),
    "MinutesRecipientsHeading": _Spec(
        name="Minutes Recipients Heading",
        rpr=_B + _I + _size(12),
        jc="left",
        keep_next=True,
        spacing='<w:spacing w:before="240" w:after="0"/>',
    ),
    "MinutesRecipients": _Spec(name="Minutes Recipients", rpr=_size(11), jc="left", keep_next=True),
    "MinutesPageNumber": _Spec(name="Minutes Page Number"),
}

#: The style names the renderer relies on, by style id.
STYLE_NAMES: dict[str, str] = {sid: spec.name for sid, spec in _STYLES.items()}
STYLE_NAMES["MinutesHeaderTable"] = "Minutes Header Table"
STYLE_NAMES["MinutesGridTable"] = "Minutes Grid Table"


_TABLE_STYLES = (
    '<w:style w:type="table" w:customStyle="1" w:styleId="MinutesHeaderTable">'
    '<w:name w:val="Minutes Header Table"/><w:basedOn w:val="TableNormal"/><w:tblPr>'
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
    '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style>"
    '<w:style w:type="table" w:customStyle="1" w:styleId="MinutesGridTable">'
    '<w:name w:val="Minutes Grid Table"/><w:basedOn w:val="TableNormal"/><w:tblPr>'
    '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style>"
)


def _styles_xml() -> str:
    fonts = f'w:ascii="{_FONT}" w:hAnsi="{_FONT}" w:eastAsia="{_FONT}" w:cs="{_FONT}"'
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts {fonts}/><w:color w:val="000000"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    normal = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
    )
    body = "".join(spec.xml(sid) for sid, spec in _STYLES.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{_W}">{defaults}{normal}{body}{_TABLE_STYLES}</w:styles>'
    )


_SECT = (
    '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
    '<w:headerReference w:type="first" r:id="rId4"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"'
    ' w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>'
)


def _header_xml(page_number: bool) -> str:
    if page_number:
        content = (
            '<w:p><w:pPr><w:pStyle w:val="MinutesPageNumber"/></w:pPr>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>'
        )
    else:
        content = '<w:p><w:pPr><w:pStyle w:val="MinutesPageNumber"/></w:pPr></w:p>'
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{_W}" xmlns:r="{_R}">{content}</w:hdr>'
    )


def _parts() -> dict[str, str]:
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    doc_ct = f"{_CT}.document.main+xml"
    return {
        "[Content_Types].xml": xml
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{doc_ct}"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{_CT}.header+xml"/>'
        f'<Override PartName="/word/header2.xml" ContentType="{_CT}.header+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/></Types>',
        "_rels/.rels": xml + f'<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "word/_rels/document.xml.rels": xml + f'<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_DOC_REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC_REL}/settings" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{_DOC_REL}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId4" Type="{_DOC_REL}/header" Target="header2.xml"/>'
        "</Relationships>",
        "word/document.xml": xml + f'<w:document xmlns:w="{_W}" xmlns:r="{_R}">'
        f"<w:body>{_SECT}</w:body></w:document>",
        "word/styles.xml": _styles_xml(),
        "word/settings.xml": xml + f'<w:settings xmlns:w="{_W}">'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>",
        "word/header1.xml": _header_xml(page_number=True),
        "word/header2.xml": _header_xml(page_number=False),
        "docProps/core.xml": xml
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Biên bản</dc:title><dc:language>vi-VN</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:modified>'
        "</cp:coreProperties>",
    }


def build(path: Path = TEMPLATE) -> Path:
    """Write the template to ``path`` with fixed zip timestamps, so rebuilding is a no-op.

    Args:
        path: where to write it.

    Returns:
        ``path``.
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _parts().items():
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return path


def main() -> None:
    """Build the template next to this script."""
    build()


if __name__ == "__main__":
    main()
