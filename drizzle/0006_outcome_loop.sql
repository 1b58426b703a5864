CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`initiative_id` text NOT NULL,
	`from_status` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`decided_by` text,
	`model_number` integer NOT NULL,
	`figures` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `decisions_initiative_idx` ON `decisions` (`initiative_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_workspace_idx` ON `decisions` (`workspace_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_decided_by_idx` ON `decisions` (`decided_by`);--> statement-breakpoint
CREATE TABLE `initiative_measures` (
	`workspace_id` text NOT NULL,
	`initiative_id` text NOT NULL,
	`measure_id` text NOT NULL,
	`expected_change` real NOT NULL,
	`by_period_id` text,
	PRIMARY KEY(`initiative_id`, `measure_id`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `initiative_measures_measure_idx` ON `initiative_measures` (`measure_id`);--> statement-breakpoint
CREATE INDEX `initiative_measures_by_period_idx` ON `initiative_measures` (`by_period_id`);--> statement-breakpoint
CREATE INDEX `initiative_measures_workspace_idx` ON `initiative_measures` (`workspace_id`);--> statement-breakpoint
ALTER TABLE `scoring_models` ADD `confidence_from_evidence` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `initiative_assumptions` ADD `evidence` text DEFAULT 'opinion' NOT NULL;