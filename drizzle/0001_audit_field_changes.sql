ALTER TABLE `audit_log` ADD `version` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `base_version` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `changes` text;