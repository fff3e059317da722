"""A row of buttons that wraps onto a second line when the window is too narrow for it,
instead of making the window wider than the screen (German and French run a third
longer than English). Wide enough, it looks like a QHBoxLayout: a stretch pushes what
follows to the right and a stretchy control takes the room left over. Narrower, the
controls go on as many lines as they need, each line laid out the same way, and the
page grows in height (the layout has a height for each width), as in Qt's FlowLayout
example. A label and its field, or any pair that must stay together, go in as one
sub-layout (`addLayout`)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
)


class FlowRow(QLayout):
    """Controls left to right, wrapping onto further lines when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._space = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- filling it, as a QHBoxLayout is filled ---------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addWidget(widget)  # adopts it and calls addItem
        self._stretch[-1] = stretch

    def addLayout(self, layout: QLayout, stretch: int = 0) -> None:
        """A sub-layout kept on one line as a whole (a label with its field)."""
        self.addChildLayout(layout)
        self.addItem(layout)
        self._stretch[-1] = stretch

    def addStretch(self, stretch: int = 1) -> None:
        """Room that pushes what follows on its line to the right."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretch[-1] = stretch

    def addSpacing(self, size: int) -> None:
        """A fixed gap, dropped where a line begins."""
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._stretch[index]
        return self._items.pop(index)

    # --- its sizes --------------------------------------------------------------------

    def spacing(self) -> int:
        if self._space >= 0:
            return self._space
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        if isinstance(parent, QLayout):
            return parent.spacing()
        return 6

    def setSpacing(self, spacing: int) -> None:
        self._space = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """As narrow as its widest control, one line high (the height for a width comes
        from heightForWidth)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(self._least(item))
        return size.grownBy(self.contentsMargins())

    def sizeHint(self) -> QSize:
        """Everything on one line, as a QHBoxLayout would ask."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items)
        width += self.spacing() * max(0, len([i for i in items if not i.spacerItem()]) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # --- laying it out ----------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if item.spacerItem() or not item.isEmpty()]

    @staticmethod
    def _least(item: QLayoutItem) -> QSize:
        """The narrowest a control may be: a button its whole text."""
        if item.spacerItem():
            return QSize(0, 0)
        return item.minimumSize()

    def _width(self, item: QLayoutItem, room: int) -> int:
        if item.spacerItem():
            return item.sizeHint().width()
        return max(min(item.sizeHint().width(), room), self._least(item).width())

    def _lines(self, room: int) -> list[list[int]]:
        """The items' indices on each line: as many as fit, in order. What follows a
        stretch goes together: if it does not fit after what is on the line already, it
        begins a line of its own, on the right as it was; a fixed gap where a line
        begins is dropped."""
        shown = [i for i, item in enumerate(self._items) if item.spacerItem() or not item.isEmpty()]
        lines: list[list[int]] = [[]]
        used = 0
        for place, index in enumerate(shown):
            item = self._items[index]
            line = lines[-1]
            if self._spring(index):
                after = self._run(shown[place + 1 :], room)
                if self._solid(line) and used + self.spacing() + after > room:
                    lines.append([])
                    used = 0
                lines[-1].append(index)
                continue
            width = self._width(item, room)
            if item.spacerItem():
                if self._solid(line):
                    line.append(index)
                    used += width
                continue
            gap = self.spacing() if self._solid(line) else 0
            if self._solid(line) and used + gap + width > room:
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(index)
            used += gap + width
        return [line for line in lines if self._solid(line)]

    def _spring(self, index: int) -> bool:
        return bool(self._items[index].spacerItem()) and self._stretch[index] > 0

    def _run(self, indices: list[int], room: int) -> int:
        """The width of the items in `indices` up to the next stretch, side by side."""
        width, solid = 0, 0
        for index in indices:
            if self._spring(index):
                break
            item = self._items[index]
            width += self._width(item, room)
            if not item.spacerItem():
                solid += 1
        return width + self.spacing() * max(solid - 1, 0)

    def _solid(self, line: list[int]) -> bool:
        return any(not self._items[index].spacerItem() for index in line)

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (only measure unless `move`); the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        room = max(area.width(), 1)
        y = area.y()
        for number, line in enumerate(self._lines(room)):
            items = [self._items[index] for index in line]
            widths = [self._width(item, room) for item in items]
            solid = [item for item in items if not item.spacerItem()]
            height = max(item.sizeHint().height() for item in solid)
            if number:
                y += self.spacing()
            if move:
                self._move(line, widths, QRect(area.x(), y, room, height))
            y += height
        return y - rect.y() + margins.bottom()

    def _move(self, line: list[int], widths: list[int], box: QRect) -> None:
        """Place one line's items in `box`: what is left over goes to its stretches and
        stretchy controls, as a QHBoxLayout shares it."""
        items = [self._items[index] for index in line]
        solid = [item for item in items if not item.spacerItem()]
        left = box.width() - sum(widths) - self.spacing() * (len(solid) - 1)
        if left > 0:
            self._share(line, widths, left)
        x = box.x()
        previous_solid = False
        for item, width in zip(items, widths, strict=True):
            if item.spacerItem():
                x += width
                continue
            if previous_solid:
                x += self.spacing()
            height = min(box.height(), item.maximumSize().height())
            top = box.y() + (box.height() - height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
            x += width
            previous_solid = True

    def _share(self, line: list[int], widths: list[int], left: int) -> None:
        """Give the room `left` over to the stretches and stretchy controls of `line`
        as a QHBoxLayout does: their widths in proportion to their stretch, except that
        one wider than its share keeps its own width, and none grows past its maximum."""
        stretchy = [place for place, index in enumerate(line) if self._stretch[index] > 0]
        pool = left + sum(widths[place] for place in stretchy)
        settled = True
        while settled and stretchy:
            settled = False
            total = sum(self._stretch[line[place]] for place in stretchy)
            for place in stretchy:
                item = self._items[line[place]]
                fair = pool * self._stretch[line[place]] // total
                most = (1 << 24) if item.spacerItem() else item.maximumSize().width()
                if widths[place] > fair or most < fair:
                    widths[place] = max(widths[place], min(fair, most))
                    pool -= widths[place]
                    stretchy.remove(place)
                    settled = True
                    break
        if stretchy:
            total = sum(self._stretch[line[place]] for place in stretchy)
            for place in stretchy[:-1]:
                widths[place] = pool * self._stretch[line[place]] // total
            widths[stretchy[-1]] = pool - sum(widths[place] for place in stretchy[:-1])
