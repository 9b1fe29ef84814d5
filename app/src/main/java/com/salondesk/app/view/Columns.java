package com.salondesk.app.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Fills a table column from each row's item. */
public final class Columns {

    private Columns() {
    }

    /** Shows {@code value} of each row's item in {@code column}. */
    public static <T, V> void show(TableColumn<T, V> column, Function<T, V> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
