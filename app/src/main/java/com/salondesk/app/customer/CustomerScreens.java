package com.salondesk.app.customer;

import com.salondesk.app.newbooking.NewBookingViewModel;
import com.salondesk.app.port.CustomerRecords;
import com.salondesk.app.port.CustomerView;
import com.salondesk.app.task.TaskExecutor;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the customer screens' view models on the port they share; {@code newBooking} is the book's new-booking form
 * with the customer chosen already (empty while the book shows no day); {@code files} asks for the files to import
 * and to save reports in.
 */
public record CustomerScreens(CustomerRecords records, ZoneId zone,
                              Function<CustomerView, Optional<NewBookingViewModel>> newBooking, FileChoice files) {

    public CustomerSearchViewModel search(TaskExecutor tasks) {
        return new CustomerSearchViewModel(records, tasks);
    }

    public CustomerProfileViewModel profile(TaskExecutor tasks, String customerId) {
        return new CustomerProfileViewModel(records, tasks, customerId);
    }

    public MergeCustomersViewModel merge(TaskExecutor tasks, CustomerView survivor) {
        return new MergeCustomersViewModel(records, tasks, survivor);
    }

    public CustomerImportViewModel importer(TaskExecutor tasks) {
        return new CustomerImportViewModel(records, tasks);
    }
}
