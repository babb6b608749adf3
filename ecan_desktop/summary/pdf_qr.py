"""The QR code of the emergency data set, made with reportlab's own encoder at error correction
level M, in byte mode behind an ECI 26 marker that tells scanners the bytes are UTF-8.

The code is encoded once and drawn as runs of dark modules; its printed size follows its module
count (about 0.45 mm a module, between 32 and 48 mm), so that a small data set prints small and
a large one stays scannable.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

UTF8_ECI = 26
QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks
MODULE: float = 0.45 * mm
MIN_SIZE: float = 32 * mm
MAX_SIZE: float = 48 * mm


class _Utf8Eci(qrencoder.QRECI):  # type: ignore[misc]  # reportlab is untyped
    """ECI 26 (UTF-8); reportlab counts an ECI's 8 designator bits as none when it picks the
    version, so they are declared here."""

    bits = (8,)

    def __init__(self) -> None:
        super().__init__(UTF8_ECI)

    def __len__(self) -> int:
        return 1


_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER = re.compile(r"(?=10111010000|00001011101)")


def penalty(rows: list[str]) -> int:
    """The mask penalty of ISO/IEC 18004 (rules N1 to N4) of a code given as rows of "0"/"1",
    computed with regular expressions over all rows and columns at once and with bit masks
    (reportlab's own scoring walks every module in Python for each of the eight masks)."""
    size = len(rows)
    # rows and columns in one text, separated by a character no pattern matches
    text = "|".join(rows) + "|" + "|".join("".join(column) for column in zip(*rows, strict=True))
    runs = _RUN.findall(text)
    score = sum(map(len, runs)) - 2 * len(runs)  # N1: 3 + (length - 5) per run
    score += 40 * len(_FINDER.findall(text))  # N3
    full = (1 << (size - 1)) - 1
    numbers = [int(row, 2) for row in rows]
    for upper, lower in itertools.pairwise(numbers):  # N2: 2 x 2 blocks of one colour
        same = ~(upper ^ lower)
        score += 3 * (same & (same >> 1) & ~(upper ^ (upper >> 1)) & full).bit_count()
    dark = text.count("1") // 2
    score += 10 * (abs(dark * 100 // (size * size) - 50) // 5)  # N4
    return score


def _mask_rows(mask: int, size: int) -> list[int]:
    """A mask pattern as one integer per row (every mask repeats every 6 columns)."""
    function = qrencoder.QRUtil.getMask(mask)
    found = []
    for row in range(size):
        period = "".join("1" if function(row, column) else "0" for column in range(6))
        found.append(int((period * (size // 6 + 1))[:size], 2))
    return found


@cache
def _generator(ec_count: int) -> tuple[int, ...]:
    """The Reed-Solomon generator polynomial for *ec_count* error correction codewords
    (reportlab recomputes it for every block of a code)."""
    return tuple(qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count).num)


def _remainder(data: list[int], generator: tuple[int, ...]) -> list[int]:
    """The error correction codewords of a block: data(x)·x^n mod generator(x) over GF(256)."""
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    count = len(generator) - 1
    work = [*data, *([0] * count)]
    logs = [log[g] if g else None for g in generator]
    for i in range(len(data)):
        coefficient = work[i]
        if coefficient:
            shift = log[coefficient]
            for j in range(1, count + 1):
                g = logs[j]
                if g is not None:
                    work[i + j] ^= exp[(g + shift) % 255]
    return work[len(data) :]


def data_codewords(code: Any) -> list[int]:
    """What reportlab's ``QRCode.createData`` computes (data, padding, Reed-Solomon blocks,
    interleaving), with the generator polynomials computed once."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for segment in code.dataList:
        segment.write(buffer, code.version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    offset = 0
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    for block in blocks:
        data = list(buffer.buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(data)
        ec_blocks.append(_remainder(data, _generator(block.totalCount - block.dataCount)))
    return [
        value
        for group in itertools.chain(
            itertools.zip_longest(*data_blocks), itertools.zip_longest(*ec_blocks)
        )
        for value in group
        if value is not None
    ]


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules, row by row (True: dark), with the mask of least penalty.

    The data is placed once (under mask 0); the other masks are derived by flipping the data
    modules with whole-row bit operations, then scored; the chosen mask is placed for real."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(_Utf8Eci())
    code.addData(qrencoder.QR8bitByte(text.encode("utf-8")))
    code.version = code.calculate_version()
    code.dataCache = data_codewords(code)
    code.makeImpl(True, 0)
    size = code.moduleCount
    base = [int("".join("1" if m else "0" for m in row), 2) for row in code.modules]
    data = [0] * size
    for column, row in code.dataPosIterator():
        data[row] |= 1 << (size - 1 - column)
    zero = _mask_rows(0, size)
    scores = []
    for mask in range(8):
        rows = base
        if mask:
            other = _mask_rows(mask, size)
            rows = [b ^ ((z ^ o) & d) for b, z, o, d in zip(base, zero, other, data, strict=True)]
        scores.append((penalty([format(r, f"0{size}b") for r in rows]), mask))
    code.makeImpl(False, min(scores)[1])
    return [[bool(m) for m in row] for row in code.modules]


def qr_size(modules: int) -> float:
    """The printed width of a code of *modules* modules (quiet zone included)."""
    return min(MAX_SIZE, max(MIN_SIZE, (modules + 2 * QUIET_ZONE) * MODULE))


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code as one filled path of dark runs (thousands of shape objects are slow)."""

    def __init__(self, matrix: list[list[bool]], size: float | None = None) -> None:
        super().__init__()
        self.matrix = matrix
        self.side = size if size is not None else qr_size(len(matrix))
        self.width = self.height = self.side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        canvas = self.canv
        count = len(self.matrix)
        box = self.side / (count + 2 * QUIET_ZONE)
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        # One literal path in module units (the y axis turned downwards): formatting thousands
        # of rectangles through reportlab's float formatter costs more than encoding the code.
        canvas.transform(box, 0, 0, -box, 0, self.side)
        runs: list[str] = []
        for r, row in enumerate(self.matrix):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    runs.append(f"{column + QUIET_ZONE} {r + QUIET_ZONE} {length} 1 re")
                column += length
        canvas.addLiteral("\n".join(runs) + "\nf")
        canvas.restoreState()
