// An async boundary, so Module Federation can set up shared singletons before React loads.
import('./bootstrap');
