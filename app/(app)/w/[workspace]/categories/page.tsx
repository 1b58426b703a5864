import type { Metadata } from "next";
import { CategoriesPanel } from "@/app/_components/category/categories-panel";

export const metadata: Metadata = { title: "Categories" };

export default function CategoriesPage() {
  return <CategoriesPanel />;
}
