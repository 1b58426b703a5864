ALTER TABLE `periods` ADD `end_date` text;--> statement-breakpoint
ALTER TABLE `scoring_models` ADD `crown_threshold` real DEFAULT 0.5 NOT NULL;