"""The import template: the columns with one example row; in XLSX a second sheet, the guide,
says for each column its English name, whether it is required and what it takes (the CSV
template's guide is the README's section on imports, which lists the same table)."""

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.services.spreadsheets.columns import COLUMNS

GUIDE_HEADERS = ("kolom", "field", "wajib / required", "contoh / example", "keterangan", "about")


def template_csv() -> bytes:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that Excel opens it as UTF-8
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in COLUMNS])
    writer.writerow([column.example for column in COLUMNS])
    return buffer.getvalue().encode()


def template_xlsx() -> bytes:
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = "data"
    data.append([column.header for column in COLUMNS])
    data.append([column.example for column in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        # Text cells throughout: a NIK or phone typed as a number loses digits.
        for row in range(1, 1001):
            data.cell(row=row, column=index).number_format = "@"
        data.column_dimensions[letter].width = max(14, len(column.example) + 4)
        data.cell(row=1, column=index).font = Font(bold=column.required)
    data.freeze_panes = "A2"
    guide = workbook.create_sheet("petunjuk")
    guide.append(list(GUIDE_HEADERS))
    for column in COLUMNS:
        required = "ya / yes" if column.required else "tidak / no"
        guide.append(
            [
                column.header,
                column.field,
                required,
                column.example,
                column.about_id,
                column.about_en,
            ]
        )
    for letter, width in zip("ABCDEF", (20, 20, 16, 24, 70, 70), strict=True):
        guide.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
