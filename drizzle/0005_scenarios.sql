CREATE TABLE `plan_adoptions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`undone_at` integer,
	`undone_by` text,
	`summary` text DEFAULT '' NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plan_adoptions_workspace_idx` ON `plan_adoptions` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `plan_adoptions_created_by_idx` ON `plan_adoptions` (`created_by`);--> statement-breakpoint
CREATE INDEX `plan_adoptions_undone_by_idx` ON `plan_adoptions` (`undone_by`);--> statement-breakpoint
CREATE TABLE `scenario_capacities` (
	`scenario_id` text NOT NULL,
	`period_id` text NOT NULL,
	`capacity` real NOT NULL,
	PRIMARY KEY(`scenario_id`, `period_id`),
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenario_capacities_period_idx` ON `scenario_capacities` (`period_id`);--> statement-breakpoint
CREATE TABLE `scenario_initiatives` (
	`scenario_id` text NOT NULL,
	`initiative_id` text NOT NULL,
	`mode` text NOT NULL,
	PRIMARY KEY(`scenario_id`, `initiative_id`),
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenario_initiatives_initiative_idx` ON `scenario_initiatives` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`scoring_model_number` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_workspace_name_unique` ON `scenarios` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `scenarios_created_by_idx` ON `scenarios` (`created_by`);